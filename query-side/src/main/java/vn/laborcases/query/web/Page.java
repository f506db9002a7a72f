package vn.laborcases.query.web;

import java.util.List;

/**
 * One page of results. {@code nextOffset} is null on the last page; {@code total} counts every
 * row the filters match.
 */
public record Page<T>(List<T> items, int limit, int offset, long total, Integer nextOffset) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        int next = request.offset() + items.size();
        return new Page<>(items, request.limit(), request.offset(), total, next < total ? next : null);
    }
}
