/**
 * The session every call of one account goes through: the transport, the immutable options, the
 * token (held once, read by what puts it on the wire), the generated API objects built once, and
 * the JWT refresh that runs before an authorized request. Area classes and companions get a
 * session; nothing here knows the account. Not public API.
 */
package io.github.plexapi.myplex.internal.session;
