package io.secweb.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Finds a file inside a WebJar on the classpath, reading the WebJar's version from its Maven metadata (no version in code). */
final class WebJars {
    private WebJars() {}

    static String path(String groupId, String artifactId, String file) {
        String pom = "/META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
        try (InputStream in = WebJars.class.getResourceAsStream(pom)) {
            if (in == null) {
                throw new IllegalStateException("the WebJar " + groupId + ":" + artifactId + " is not on the classpath");
            }
            Properties p = new Properties();
            p.load(in);
            String path = "/META-INF/resources/webjars/" + artifactId + "/" + p.getProperty("version") + "/" + file;
            if (WebJars.class.getResource(path) == null) {
                throw new IllegalStateException("the WebJar " + artifactId + " " + p.getProperty("version") + " has no " + file);
            }
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
