package vn.laborcases.demo.plan;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The randomness of one case (or of the enterprise pool), seeded so that the same seed draws
 * the same cases. Each case gets its own stream, so the plan does not depend on which thread
 * runs which case.
 */
public final class Dice {

    private final SplittableRandom random;

    public Dice(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The stream of one case: a mix of the run's seed and the case's index. */
    static Dice forCase(long seed, int caseIndex) {
        return new Dice(new SplittableRandom(seed).split().nextLong() ^ (caseIndex * 0x9E3779B97F4A7C15L));
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    public int between(int min, int max) {
        return random.nextInt(min, max + 1);
    }

    public long betweenLong(long min, long max) {
        return random.nextLong(min, max + 1);
    }

    public double unit() {
        return random.nextDouble();
    }

    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    public <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    public <T> T pick(T[] options) {
        return options[random.nextInt(options.length)];
    }

    /**
     * A log-normal draw: most amounts near the median, a long tail above it, as wages, arrears
     * and penalties are in enforcement data.
     */
    public long logNormal(double median, double sigma) {
        // Box-Muller on two uniforms: SplittableRandom has no nextGaussian on Java 17.
        double u1 = Math.max(random.nextDouble(), 1e-12);
        double u2 = random.nextDouble();
        double gaussian = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
        return Math.round(median * Math.exp(sigma * gaussian));
    }
}
