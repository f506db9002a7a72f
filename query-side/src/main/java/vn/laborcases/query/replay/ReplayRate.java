package vn.laborcases.query.replay;

/**
 * The speed of a replay and the time it still needs, from the events done so far: null while
 * nothing has been done, since no rate can be told yet.
 */
record ReplayRate(Double eventsPerSecond, Long secondsRemaining) {

    static ReplayRate of(long eventsDone, long millisElapsed, long eventsLeft) {
        if (eventsDone == 0 || millisElapsed <= 0) {
            return new ReplayRate(null, null);
        }
        double perSecond = eventsDone * 1000.0 / millisElapsed;
        return new ReplayRate(perSecond, (long) Math.ceil(eventsLeft / perSecond));
    }
}
