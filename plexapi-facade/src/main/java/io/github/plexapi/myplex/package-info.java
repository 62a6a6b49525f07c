/**
 * The public API of plexapi-java: {@code MyPlexAccount} and its companions, and the exceptions
 * every call may throw. Everything users touch lives in this one package; plumbing lives under
 * {@code io.github.plexapi.myplex.internal} and is not part of the API.
 */
package io.github.plexapi.myplex;
