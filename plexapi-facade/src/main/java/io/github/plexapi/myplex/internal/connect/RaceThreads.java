package io.github.plexapi.myplex.internal.connect;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Dispatcher;

/**
 * The threads races and PIN polls run on: daemon threads only, so that a program whose {@code main}
 * returns right after a connect exits at once (OkHttp's own dispatcher threads are not daemons and
 * linger 60 s), and a dispatcher without OkHttp's limit of 5 calls per host, so no attempt queues.
 */
public final class RaceThreads {
  private static final ExecutorService CALLS =
      new ThreadPoolExecutor(
          0,
          Integer.MAX_VALUE,
          5,
          TimeUnit.SECONDS,
          new SynchronousQueue<>(),
          daemon("plexapi-connect"));
  private static final int MAX_CONCURRENT_POLLS = 32;
  private static final Dispatcher RACES = dispatcher(1024);
  private static final Dispatcher POLLS = dispatcher(MAX_CONCURRENT_POLLS);
  private static final ScheduledThreadPoolExecutor TIMERS = timers(daemon("plexapi-timer"));

  private RaceThreads() {}

  /** The dispatcher for racing calls. */
  public static Dispatcher dispatcher() {
    return RACES;
  }

  /**
   * The dispatcher for PIN polls: the same daemon threads, but at most 32 polls in flight, so
   * thousands of pending logins share a few threads (a poll that waits for a slot is only late).
   */
  public static Dispatcher pollDispatcher() {
    return POLLS;
  }

  /** The scheduler for deadlines and polls. */
  public static ScheduledThreadPoolExecutor timers() {
    return TIMERS;
  }

  private static Dispatcher dispatcher(int maxRequests) {
    Dispatcher dispatcher = new Dispatcher(CALLS);
    dispatcher.setMaxRequests(maxRequests);
    dispatcher.setMaxRequestsPerHost(maxRequests);
    return dispatcher;
  }

  private static ScheduledThreadPoolExecutor timers(ThreadFactory threads) {
    ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1, threads);
    timers.setRemoveOnCancelPolicy(true);
    return timers;
  }

  private static ThreadFactory daemon(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
