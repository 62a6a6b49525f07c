/**
 * The public API of plexapi-java: {@code MyPlexAccount} and its companions, and the exceptions
 * every call may throw. Everything users touch lives in this one package; plumbing lives under
 * {@code io.github.plexapi.myplex.internal} and is not part of the API. Behind the account's flat
 * methods sit package-private classes, one per area of plex.tv ({@code LoginCalls}, {@code
 * JwtCalls}, {@code ResourceCalls}, {@code AccountCalls}, {@code FriendCalls}, {@code
 * SharingCalls}, {@code HomeCalls}, {@code SettingsCalls}, {@code WatchlistCalls}, {@code
 * WebhookCalls}), each handed the internal session, never the account: new endpoints go there, with
 * a one-line delegate on the account.
 */
package io.github.plexapi.myplex;
