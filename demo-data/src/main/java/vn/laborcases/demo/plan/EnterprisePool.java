package vn.laborcases.demo.plan;

import vn.laborcases.api.Province;
import vn.laborcases.api.arrears.WageRegion;
import vn.laborcases.api.inspection.Ownership;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The employers of a run, drawn once from the seed. Provinces are weighted toward the big
 * cities and industrial provinces, but the first 34 enterprises cover every province once, so
 * even a small run shows all of them. Most firms are small (DOMAIN.md: 45% have 1-10 staff,
 * 27% 11-50).
 */
public final class EnterprisePool {

    private static final Set<Province> CITIES = Set.of(Province.HO_CHI_MINH, Province.HA_NOI);
    private static final Set<Province> INDUSTRIAL = Set.of(Province.DONG_NAI, Province.BAC_NINH,
            Province.HAI_PHONG, Province.HUNG_YEN, Province.THAI_NGUYEN, Province.QUANG_NINH, Province.DA_NANG,
            Province.TAY_NINH, Province.PHU_THO, Province.THANH_HOA, Province.NGHE_AN, Province.CAN_THO);

    private static final Weighted<int[]> SIZE_BANDS = Weighted.of(new int[]{1, 10}, 45)
            .or(new int[]{11, 50}, 27).or(new int[]{51, 200}, 16).or(new int[]{201, 1000}, 9)
            .or(new int[]{1001, 8000}, 3);

    /** VSIC codes of the sectors labor cases come from most: garments, footwear, electronics and services. */
    private static final String[] SECTORS = {"1410", "1520", "2610", "2220", "1079", "4100", "4711", "4933",
            "5610", "5510", "6201", "4520"};
    private static final String[] NAME_WORDS = {"Thành Công", "Hòa Bình", "Phú Thịnh", "Tân Phát", "Minh Long",
            "Việt Tiến", "Sao Mai", "Đại Phong", "Hưng Thịnh", "An Khang", "Phương Nam", "Bình Minh", "Kim Long",
            "Trường Sơn", "Hồng Hà", "Nam Việt", "Đông Á", "Thái Bình Dương", "Vạn Xuân", "Lạc Hồng"};
    private static final String[] NAME_TRADES = {"May mặc", "Giày da", "Điện tử", "Nhựa", "Thực phẩm",
            "Xây dựng", "Thương mại", "Vận tải", "Dịch vụ ăn uống", "Du lịch", "Phần mềm", "Cơ khí"};

    private final List<Enterprise> enterprises;

    private EnterprisePool(List<Enterprise> enterprises) {
        this.enterprises = List.copyOf(enterprises);
    }

    public static EnterprisePool draw(long seed, int size) {
        Dice dice = new Dice(seed);
        Weighted<Province> provinces = provinceWeights();
        long taxBase = dice.betweenLong(0, 99_999_999);
        List<Enterprise> drawn = new ArrayList<>(size);
        Province[] all = Province.values();
        for (int i = 0; i < Math.max(size, all.length); i++) {
            Province province = i < all.length ? all[i] : provinces.pick(dice);
            drawn.add(enterprise(dice, i, province, taxBase));
        }
        return new EnterprisePool(drawn);
    }

    public int size() {
        return enterprises.size();
    }

    public Enterprise get(int index) {
        return enterprises.get(index);
    }

    public List<Enterprise> all() {
        return enterprises;
    }

    static Weighted<Province> provinceWeights() {
        Weighted<Province> weights = Weighted.of(Province.HO_CHI_MINH, 20).or(Province.HA_NOI, 12);
        for (Province province : Province.values()) {
            if (INDUSTRIAL.contains(province)) {
                weights.or(province, 4);
            } else if (!CITIES.contains(province)) {
                weights.or(province, 1);
            }
        }
        return weights;
    }

    private static Enterprise enterprise(Dice dice, int index, Province province, long taxBase) {
        int[] band = SIZE_BANDS.pick(dice);
        // Log-uniform inside the band: more firms near its lower end.
        int headcount = (int) Math.round(Math.exp(Math.log(band[0]) + dice.unit() * (Math.log(band[1]) - Math.log(band[0]))));
        Ownership ownership = headcount > 200 && dice.chance(0.5) ? Ownership.FDI
                : dice.chance(0.05) ? Ownership.STATE : dice.chance(0.12) ? Ownership.FDI : Ownership.PRIVATE;
        String sector = dice.pick(SECTORS);
        // A 10-digit code: two digits after the province, eight unique per enterprise (the step is prime
        // to 10^8, so no two indexes collide).
        String taxCode = "%s%08d".formatted(province.code(), (taxBase + index * 104_729L) % 100_000_000L);
        String kind = headcount > 200 && dice.chance(0.6) ? "Công ty Cổ phần" : "Công ty TNHH";
        String name = "%s %s %s".formatted(kind, dice.pick(NAME_TRADES), dice.pick(NAME_WORDS));
        return new Enterprise(taxCode, name, province, region(dice, province), headcount, ownership, sector);
    }

    /** Cities are mostly region I, industrial provinces II, the rest III or IV (Decree 293/2025). */
    private static WageRegion region(Dice dice, Province province) {
        if (CITIES.contains(province)) {
            return dice.chance(0.85) ? WageRegion.I : WageRegion.II;
        }
        if (INDUSTRIAL.contains(province)) {
            return dice.chance(0.4) ? WageRegion.I : WageRegion.II;
        }
        return dice.chance(0.5) ? WageRegion.III : WageRegion.IV;
    }
}
