/**
 * A fake plex.tv for tests and demos: {@link io.github.plexapi.testkit.FakePlexTv} serves the
 * account, resources, devices, PINs, webhooks, friends and sharing, home users and privacy settings
 * from in-memory state that a test sets up and inspects, and starts fake media servers on loopback
 * for resources to point at. Everything listens on 127.0.0.1 only.
 */
package io.github.plexapi.testkit;
