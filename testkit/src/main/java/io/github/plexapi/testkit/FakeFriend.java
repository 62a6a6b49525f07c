package io.github.plexapi.testkit;

import io.github.plexapi.myplex.FriendStatus;

/**
 * A friend or invitation the fake plex.tv holds, as a value.
 *
 * @param id the friend's id (what {@code shareWithFriend} and the sharing paths take)
 * @param title the friend's title
 * @param email the friend's e-mail, or null
 * @param status the friendship's status (null for a status string the library does not know)
 */
public record FakeFriend(long id, String title, String email, FriendStatus status) {}
