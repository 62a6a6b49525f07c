package io.github.plexapi.myplex.internal.paging;

import io.github.plexapi.generated.model.WatchlistContainer;
import io.github.plexapi.myplex.WatchlistItem;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The watchlist as a lazy stream: a page is fetched only when the stream needs its first item, and
 * fetching stops at {@code totalSize}, at a short or empty page, or when the stream stops.
 */
public final class WatchlistPages {
  private WatchlistPages() {}

  /** A stream over every item, fetching {@code pageSize} at a time with {@code fetch(start)}. */
  public static Stream<WatchlistItem> stream(IntFunction<WatchlistContainer> fetch, int pageSize) {
    Spliterator<WatchlistItem> pages =
        new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED) {
          private final Deque<WatchlistItem> buffered = new ArrayDeque<>();
          private int next;
          private boolean done;

          @Override
          public boolean tryAdvance(Consumer<? super WatchlistItem> action) {
            if (buffered.isEmpty() && !done) {
              fill();
            }
            WatchlistItem item = buffered.poll();
            if (item == null) {
              return false;
            }
            action.accept(item);
            return true;
          }

          private void fill() {
            WatchlistContainer page = fetch.apply(next);
            int count = 0;
            if (page != null && page.getMetadata() != null) {
              for (var model : page.getMetadata()) {
                if (model != null) {
                  buffered.add(
                      new WatchlistItem(
                          model.getRatingKey(),
                          model.getGuid(),
                          model.getTitle(),
                          model.getType(),
                          model.getYear()));
                }
                count++;
              }
            }
            next += count;
            Integer total = page == null ? null : page.getTotalSize();
            done = count < pageSize || count == 0 || (total != null && next >= total);
          }
        };
    return StreamSupport.stream(pages, false);
  }
}
