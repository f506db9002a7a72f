package vn.laborcases.command.it;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Concurrent writers released at the same moment, for the tests of races between requests. */
final class Race {

    private Race() {
    }

    @FunctionalInterface
    interface Writer<T> {
        T run(int writer) throws Exception;
    }

    /** Starts n writers at the same moment and collects what each got, in writer order. */
    static <T> List<T> of(int writers, Writer<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                int writer = i;
                Callable<T> task = () -> {
                    start.await();
                    return call.run(writer);
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            List<T> values = new ArrayList<>();
            for (Future<T> result : results) {
                values.add(result.get());
            }
            return values;
        } finally {
            pool.shutdownNow();
        }
    }
}
