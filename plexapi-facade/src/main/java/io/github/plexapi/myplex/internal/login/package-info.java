/**
 * Browser and PIN login: the auth page URL and the PIN polling that waits on no thread. Not public
 * API.
 */
package io.github.plexapi.myplex.internal.login;
