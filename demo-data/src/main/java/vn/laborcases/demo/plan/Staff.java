package vn.laborcases.demo.plan;

import vn.laborcases.api.Province;

/** A handful of mediators and inspectors per province, so that the workload view has people to show. */
final class Staff {

    private Staff() {
    }

    static String mediator(Province province, Dice dice) {
        return "mediator-%s-%02d".formatted(province.code(), dice.between(1, 3));
    }

    static String inspector(Province province, Dice dice) {
        return "inspector-%s-%03d".formatted(province.code(), dice.between(1, 4));
    }

    /** The provincial People's Court that hears the province's labor cases. */
    static String court(Province province) {
        return "Tòa án nhân dân " + province.displayName();
    }
}
