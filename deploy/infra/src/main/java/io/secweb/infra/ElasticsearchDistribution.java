package io.secweb.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Locates the Elasticsearch distribution zip (the integ-test-zip from Maven Central, resolved by the build) and
 * unpacks it once into a world-readable folder under the system temp dir, so that an unprivileged user can run it.
 */
public final class ElasticsearchDistribution {
    public static final String VERSION = "9.5.3";
    private static final String ZIP_PROPERTY = "secweb.es.zip";

    private ElasticsearchDistribution() {}

    /** The unpacked distribution home, unpacking it first when needed (safe across concurrent JVMs). */
    public static Path home() {
        Path zip = zip();
        Path base = Path.of(System.getProperty("java.io.tmpdir"));
        Path home = base.resolve("secweb-elasticsearch-" + VERSION);
        Path marker = home.resolve(".unpacked");
        if (Files.exists(marker)) {
            return home;
        }
        try (FileChannel lockFile = FileChannel.open(base.resolve("secweb-elasticsearch-" + VERSION + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = lockFile.lock()) {
            if (Files.exists(marker)) {
                return home;
            }
            Path staging = Files.createTempDirectory(base, "secweb-es-unpack-");
            unzip(zip, staging);
            Path unpacked = staging.resolve("elasticsearch-" + VERSION);
            deleteTree(home);
            Files.move(unpacked, home, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(staging);
            Files.writeString(marker, zip.toString());
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("unpacking " + zip + " failed", e);
        }
    }

    /** The zip: {@code -Dsecweb.es.zip}, else the standard place in the local Maven repository. */
    public static Path zip() {
        String configured = System.getProperty(ZIP_PROPERTY);
        Path zip = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "elasticsearch", "distribution",
                        "integ-test-zip", "elasticsearch", VERSION, "elasticsearch-" + VERSION + ".zip");
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("The Elasticsearch " + VERSION + " distribution is not at " + zip
                    + ". Build once with Maven (./secweb build, or mvn install -DskipTests) so that it is downloaded, "
                    + "or pass -D" + ZIP_PROPERTY + "=<path to elasticsearch-" + VERSION + ".zip>.");
        }
        return zip;
    }

    private static void unzip(Path zip, Path target) throws IOException {
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = zf.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                Path out = target.resolve(e.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("zip entry outside the target folder: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = zf.getInputStream(e)) {
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
                boolean script = e.getName().contains("/bin/");
                Files.setPosixFilePermissions(out, PosixFilePermissions.fromString(script ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
