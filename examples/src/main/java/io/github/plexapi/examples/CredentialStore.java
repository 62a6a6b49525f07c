package io.github.plexapi.examples;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import java.util.Set;

/**
 * The command-line tool's saved token and client identifier, in a properties file that only its
 * owner can read or write (created with mode 600 where the file system has POSIX permissions).
 */
final class CredentialStore {
  /** What is saved. */
  record Credentials(String token, String clientIdentifier) {}

  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");
  private final Path path;

  CredentialStore(Path path) {
    this.path = path;
  }

  Path path() {
    return path;
  }

  /** The saved credentials, or null if none are saved. */
  Credentials load() throws IOException {
    if (!Files.exists(path)) {
      return null;
    }
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(path)) {
      properties.load(in);
    }
    String token = properties.getProperty("token");
    String clientId = properties.getProperty("clientIdentifier");
    return token == null || clientId == null ? null : new Credentials(token, clientId);
  }

  /** Saves the credentials, readable by the owner only. */
  void save(Credentials credentials) throws IOException {
    Files.createDirectories(path.toAbsolutePath().getParent());
    boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    if (!Files.exists(path) && posix) {
      Files.createFile(path, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    }
    if (posix) {
      Files.setPosixFilePermissions(path, OWNER_ONLY);
    }
    Properties properties = new Properties();
    properties.setProperty("token", credentials.token());
    properties.setProperty("clientIdentifier", credentials.clientIdentifier());
    try (Writer out =
        Files.newBufferedWriter(
            path, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING)) {
      properties.store(out, "plexapi-java command-line tool: keep this file private");
    }
  }
}
