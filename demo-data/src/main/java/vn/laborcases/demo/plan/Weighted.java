package vn.laborcases.demo.plan;

import java.util.ArrayList;
import java.util.List;

/** A choice among options with relative weights, such as the mix of case types or paths. */
public final class Weighted<T> {

    private final List<T> options = new ArrayList<>();
    private final List<Double> cumulative = new ArrayList<>();
    private double total;

    public static <T> Weighted<T> of(T option, double weight) {
        return new Weighted<T>().or(option, weight);
    }

    public Weighted<T> or(T option, double weight) {
        if (weight <= 0) {
            throw new IllegalArgumentException("A weight is positive; got " + weight + " for " + option);
        }
        total += weight;
        options.add(option);
        cumulative.add(total);
        return this;
    }

    public T pick(Dice dice) {
        double point = dice.unit() * total;
        for (int i = 0; i < options.size(); i++) {
            if (point < cumulative.get(i)) {
                return options.get(i);
            }
        }
        return options.get(options.size() - 1);
    }

    public List<T> options() {
        return List.copyOf(options);
    }
}
