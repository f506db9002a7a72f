package vn.laborcases.query.web;

/**
 * Offset pagination with a hard ceiling, so no query can ask for the whole table.
 *
 * @param limit  rows per page, 1 to {@link #MAX_LIMIT} (default {@link #DEFAULT_LIMIT})
 * @param offset rows to skip, 0 or more
 */
public record PageRequest(int limit, int offset) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public static PageRequest of(Integer limit, Integer offset) {
        int rows = limit == null ? DEFAULT_LIMIT : limit;
        int skip = offset == null ? 0 : offset;
        if (rows < 1 || rows > MAX_LIMIT) {
            throw new InvalidQueryException("limit must be between 1 and " + MAX_LIMIT + "; got " + rows);
        }
        if (skip < 0) {
            throw new InvalidQueryException("offset must be 0 or more; got " + skip);
        }
        return new PageRequest(rows, skip);
    }
}
