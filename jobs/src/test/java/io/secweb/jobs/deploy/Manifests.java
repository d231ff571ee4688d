package io.secweb.jobs.deploy;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading deploy manifests for {@link DeployManifestsTest}: YAML documents (with anchors and merge keys, as
 * docker compose reads them), paths into them in JSON-pointer form ({@code spec/job/jarURI}, {@code ~1} for a
 * slash inside a key), and a small kustomize: resources, overlays of bases, ConfigMap/Secret generators (the
 * generated object's data maps each file name to the repository file) with {@code behavior: replace}, strategic-merge
 * patches from files and inline JSON patches with {@code add}/{@code replace}/{@code remove}, all by target kind and
 * name, and {@code namespace}. A patch whose path does not exist fails, as it does in kustomize.
 */
final class Manifests {
    private Manifests() {}

    static Path repositoryRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("deploy/k8s")) && Files.exists(p.resolve("pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("no repository root (with deploy/k8s and pom.xml) above " + Path.of("").toAbsolutePath());
    }

    /** The version properties of the parent pom and its own version (as "project.version"). */
    static Map<String, String> pomVersions(Path pom) throws IOException {
        String xml = Files.readString(pom);
        Map<String, String> v = new LinkedHashMap<>();
        Matcher m = Pattern.compile("<([a-z.-]+\\.version)>([^<]+)</\\1>").matcher(xml);
        while (m.find()) {
            v.put(m.group(1), m.group(2).strip());
        }
        Matcher own = Pattern.compile("<artifactId>secweb-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(xml);
        if (!own.find()) {
            throw new IllegalStateException("no version after <artifactId>secweb-parent</artifactId> in " + pom);
        }
        v.put("project.version", own.group(1));
        return v;
    }

    static List<Map<String, Object>> documents(Path file) throws IOException {
        List<Map<String, Object>> docs = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file)) {
            for (Object d : new Yaml(new LoaderOptions()).loadAll(r)) {
                if (d != null) {
                    docs.add(cast(d));
                }
            }
        } catch (RuntimeException e) {
            throw new AssertionError(file + " is not valid YAML: " + e.getMessage(), e);
        }
        return docs;
    }

    static Map<String, Object> single(Path file) throws IOException {
        List<Map<String, Object>> docs = documents(file);
        if (docs.size() != 1) {
            throw new AssertionError(file + ": expected one YAML document, found " + docs.size());
        }
        return docs.get(0);
    }

    // ---- paths ------------------------------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    static <T> T cast(Object o) {
        return (T) o;
    }

    private static List<String> segments(String path) {
        List<String> out = new ArrayList<>();
        for (String s : path.replaceFirst("^/", "").split("/", -1)) {
            out.add(s.replace("~1", "/").replace("~0", "~"));
        }
        return out;
    }

    /** The value at {@code path}; fails naming the path when it is absent. */
    static Object get(Object o, String path) {
        Object cur = o;
        for (String seg : segments(path)) {
            if (cur instanceof Map<?, ?> m && m.containsKey(seg)) {
                cur = m.get(seg);
            } else if (cur instanceof List<?> l && seg.matches("\\d+") && Integer.parseInt(seg) < l.size()) {
                cur = l.get(Integer.parseInt(seg));
            } else {
                throw new AssertionError("no '" + path + "' (missing '" + seg + "') in " + abbreviate(o));
            }
        }
        return cur;
    }

    static boolean has(Object o, String path) {
        try {
            get(o, path);
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }

    static String str(Object o, String path) {
        return String.valueOf(get(o, path));
    }

    static Map<String, Object> map(Object o, String path) {
        return cast(get(o, path));
    }

    static List<Object> list(Object o, String path) {
        return cast(get(o, path));
    }

    static List<Object> listOrEmpty(Object o, String path) {
        return o instanceof Map<?, ?> m && m.get(path) instanceof List<?> l ? cast(l) : List.of();
    }

    /** Every string value of a key named {@code key}, anywhere. */
    static List<String> findAll(Object o, String key) {
        return findAllValues(o, key).stream().filter(v -> v instanceof String).map(String::valueOf).toList();
    }

    static List<Object> findAllValues(Object o, String key) {
        List<Object> out = new ArrayList<>();
        if (o instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                if (key.equals(k)) {
                    out.add(v);
                }
                out.addAll(findAllValues(v, key));
            });
        } else if (o instanceof List<?> l) {
            l.forEach(v -> out.addAll(findAllValues(v, key)));
        }
        return out;
    }

    /** An Elasticsearch-style wildcard pattern ({@code secweb-events*}) as a regex. */
    static Pattern glob(String pattern) {
        return Pattern.compile(Pattern.quote(pattern).replace("*", "\\E.*\\Q"));
    }

    private static String abbreviate(Object o) {
        String s = String.valueOf(o);
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    // ---- kustomize ---------------------------------------------------------------------------------------------------

    /** The objects {@code kubectl kustomize dir} would render, as far as this project's kustomizations use it. */
    static List<Map<String, Object>> kustomize(Path dir) throws IOException {
        Map<String, Object> k = single(dir.resolve("kustomization.yaml"));
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object r : listOrEmpty(k, "resources")) {
            Path p = dir.resolve(String.valueOf(r)).normalize();
            if (Files.isDirectory(p)) {
                objects.addAll(kustomize(p));
            } else if (Files.isRegularFile(p)) {
                objects.addAll(documents(p));
            } else {
                throw new AssertionError(dir.resolve("kustomization.yaml") + ": resource " + r + " does not exist");
            }
        }
        generate(dir, k, "configMapGenerator", "ConfigMap", objects);
        generate(dir, k, "secretGenerator", "Secret", objects);
        for (Object patchEntry : listOrEmpty(k, "patches")) {
            Map<String, Object> entry = cast(patchEntry);
            Object patch;
            if (entry.containsKey("path")) {
                Path file = dir.resolve(String.valueOf(entry.get("path")));
                if (!Files.isRegularFile(file)) {
                    throw new AssertionError(dir.resolve("kustomization.yaml") + ": patch " + file + " does not exist");
                }
                patch = single(file);
            } else {
                patch = new Yaml(new LoaderOptions()).load(String.valueOf(entry.get("patch")));
            }
            Map<String, Object> target = entry.containsKey("target") ? cast(entry.get("target")) : Map.of();
            int applied = 0;
            for (Map<String, Object> obj : objects) {
                if (matches(obj, target)) {
                    if (patch instanceof List<?> ops) {
                        jsonPatch(obj, cast(ops), dir);
                    } else {
                        merge(obj, cast(patch), true);
                    }
                    applied++;
                }
            }
            if (applied == 0) {
                throw new AssertionError(dir.resolve("kustomization.yaml") + ": patch for " + target + " matches no object");
            }
        }
        if (k.get("namespace") != null) {
            for (Map<String, Object> obj : objects) {
                if (!"Namespace".equals(obj.get("kind"))) {
                    Map<String, Object> meta = cast(obj.get("metadata"));
                    meta.put("namespace", k.get("namespace"));
                } else {
                    Map<String, Object> meta = cast(obj.get("metadata"));
                    meta.put("name", k.get("namespace"));
                }
            }
        }
        return objects;
    }

    private static boolean matches(Map<String, Object> obj, Map<String, Object> target) {
        return (target.get("kind") == null || Objects.equals(target.get("kind"), obj.get("kind")))
                && (target.get("name") == null || Objects.equals(target.get("name"), get(obj, "metadata/name")));
    }

    private static void generate(Path dir, Map<String, Object> k, String generator, String kind, List<Map<String, Object>> objects) {
        for (Object g : listOrEmpty(k, generator)) {
            Map<String, Object> gen = cast(g);
            Map<String, Object> data = new LinkedHashMap<>();
            for (Object f : listOrEmpty(gen, "files")) {
                Path file = dir.resolve(String.valueOf(f)).normalize();
                if (!Files.isRegularFile(file)) {
                    throw new AssertionError(dir.resolve("kustomization.yaml") + ": " + generator + " file " + f + " does not exist");
                }
                data.put(file.getFileName().toString(), file.toString());
            }
            Map<String, Object> generated = new LinkedHashMap<>();
            generated.put("apiVersion", "v1");
            generated.put("kind", kind);
            generated.put("metadata", new LinkedHashMap<>(Map.of("name", gen.get("name"))));
            generated.put("data", data);
            boolean replace = "replace".equals(gen.get("behavior"));
            boolean existed = objects.removeIf(o -> kind.equals(o.get("kind")) && Objects.equals(gen.get("name"), get(o, "metadata/name")));
            if (replace && !existed) {
                throw new AssertionError(dir + ": " + generator + " replaces " + gen.get("name") + ", which the base does not generate");
            }
            objects.add(generated);
        }
    }

    /** Strategic merge as kustomize does it for custom resources without a schema: maps merge, everything else is replaced. */
    private static void merge(Map<String, Object> into, Map<String, Object> patch, boolean top) {
        patch.forEach((key, value) -> {
            if (top && (key.equals("metadata") || key.equals("apiVersion") || key.equals("kind"))) {
                return;
            }
            if (value instanceof Map<?, ?> pm && into.get(key) instanceof Map<?, ?> im) {
                merge(cast(im), cast(pm), false);
            } else {
                into.put(key, value);
            }
        });
    }

    private static void jsonPatch(Map<String, Object> obj, List<Map<String, Object>> ops, Path dir) {
        for (Map<String, Object> op : ops) {
            String path = String.valueOf(op.get("path"));
            List<String> segs = segments(path);
            Object parent = segs.size() == 1 ? obj : get(obj, String.join("/", segs.subList(0, segs.size() - 1).stream()
                    .map(s -> s.replace("~", "~0").replace("/", "~1")).toList()));
            String last = segs.get(segs.size() - 1);
            String kind = String.valueOf(op.get("op"));
            if (parent instanceof Map<?, ?> pm) {
                Map<String, Object> m = cast(pm);
                if (!kind.equals("add") && !m.containsKey(last)) {
                    throw new AssertionError(dir + ": JSON patch " + kind + " " + path + ": no such path in " + get(obj, "metadata/name"));
                }
                if (kind.equals("remove")) {
                    m.remove(last);
                } else {
                    m.put(last, op.get("value"));
                }
            } else if (parent instanceof List<?> pl) {
                List<Object> l = cast(pl);
                int i = last.equals("-") ? l.size() : Integer.parseInt(last);
                switch (kind) {
                    case "add" -> l.add(i, op.get("value"));
                    case "remove" -> l.remove(i);
                    default -> l.set(i, op.get("value"));
                }
            } else {
                throw new AssertionError(dir + ": JSON patch " + path + ": parent is not a map or list");
            }
        }
    }
}
