package io.secweb.jobs.deploy;

import io.secweb.core.alerts.RuleLoader;
import io.secweb.core.config.ConfigLoader;
import io.secweb.core.config.Secrets;
import io.secweb.core.config.SecwebConfig;
import io.secweb.core.network.model.NetworkConfigLoader;
import io.secweb.jobs.setup.StackSetup;
import io.secweb.schemas.SecwebNames;
import io.secweb.schemas.Topics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.secweb.jobs.deploy.Manifests.list;
import static io.secweb.jobs.deploy.Manifests.map;
import static io.secweb.jobs.deploy.Manifests.str;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Docker is not available where the tests run, so the deploy manifests are checked against the project instead:
 * every file under deploy/compose and deploy/k8s parses; the Kubernetes overlays are rendered (base, the pod
 * template patch, the overlays' JSON patches and ConfigMap replacements) as kustomize would; and then images are
 * pinned to the build's versions, jobs name jars and main classes of the build, every configuration file they
 * name loads through the jobs' own {@link ConfigLoader}, and topic and index names are the ones in
 * {@link SecwebNames} and {@link Topics}.
 */
class DeployManifestsTest {
    /** The three jobs: name (= jar name without .jar) → main class. */
    private static final Map<String, String> JOBS = Map.of(
            "secweb-ingest", "io.secweb.jobs.ingest.IngestJob",
            "secweb-indicators", "io.secweb.jobs.indicators.IndicatorsJob",
            "secweb-alerts", "io.secweb.jobs.alerts.AlertsJob");

    private static Path root;
    private static Map<String, String> pom;
    private static Map<String, Object> compose;
    private static Map<String, List<Map<String, Object>>> overlays;
    private static List<String> dockerfile;

    @BeforeAll
    static void load() throws IOException {
        root = Manifests.repositoryRoot();
        pom = Manifests.pomVersions(root.resolve("pom.xml"));
        compose = Manifests.single(root.resolve("deploy/compose/docker-compose.yaml"));
        dockerfile = Files.readAllLines(root.resolve("deploy/image/Dockerfile"));
        overlays = new LinkedHashMap<>();
        for (String overlay : List.of("dev", "prod")) {
            overlays.put(overlay, Manifests.kustomize(root.resolve("deploy/k8s/overlays").resolve(overlay)));
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    @Test
    void everyManifestFileParses() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Stream.concat(Files.walk(root.resolve("deploy/compose")), Files.walk(root.resolve("deploy/k8s")))) {
            files = s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).toList();
        }
        assertThat(files).hasSizeGreaterThan(15);
        for (Path f : files) {
            assertThat(Manifests.documents(f)).as(root.relativize(f).toString()).isNotEmpty();
        }
    }

    @Test
    void everyImageIsPinnedAndTheStackImagesCarryThePomsVersions() {
        Map<String, String> images = new LinkedHashMap<>();
        Manifests.findAll(compose, "image").forEach(i -> images.put(i, "compose"));
        overlays.forEach((name, docs) -> docs.forEach(d -> Manifests.findAll(d, "image").forEach(i -> images.put(i, "k8s " + name))));
        dockerfile.stream().filter(l -> l.startsWith("FROM ")).forEach(l -> images.put(l.substring(5).strip(), "Dockerfile"));

        Set<String> repositories = new TreeSet<>();
        images.forEach((image, where) -> {
            int colon = image.lastIndexOf(':');
            assertThat(colon).as("%s in %s has a tag", image, where).isGreaterThan(image.lastIndexOf('/'));
            String repository = image.substring(0, colon);
            String tag = image.substring(colon + 1);
            repositories.add(repository);
            assertThat(tag).as(image).isNotEqualTo("latest").matches("\\d+\\.\\d+\\.\\d+.*");
            switch (repository) {
                case "flink" -> assertThat(tag).as(image).startsWith(pom.get("flink.version") + "-").endsWith("-java17");
                case "apache/kafka" -> assertThat(tag).as(image).isEqualTo(pom.get("kafka.version"));
                case "docker.elastic.co/elasticsearch/elasticsearch", "docker.elastic.co/kibana/kibana" ->
                        assertThat(tag).as(image).isEqualTo(pom.get("elasticsearch.version"));
                case "secweb/jobs" -> assertThat(tag).as(image).isEqualTo(pom.get("project.version").replace("-SNAPSHOT", ""));
                default -> { }
            }
        });
        assertThat(repositories).contains("flink", "apache/kafka", "docker.elastic.co/elasticsearch/elasticsearch",
                "docker.elastic.co/kibana/kibana", "secweb/jobs");
    }

    @Test
    void theOperatorsRunThePomsKafkaElasticsearchAndFlinkVersions() {
        String flinkMinor = "v" + pom.get("flink.version").replaceAll("^(\\d+)\\.(\\d+).*", "$1_$2");
        overlays.forEach((name, docs) -> {
            assertThat(kinds(docs, "Kafka")).singleElement().satisfies(k ->
                    assertThat(str(k, "spec/kafka/version")).as(name).isEqualTo(pom.get("kafka.version")));
            assertThat(kinds(docs, "Elasticsearch")).singleElement().satisfies(e ->
                    assertThat(str(e, "spec/version")).as(name).isEqualTo(pom.get("elasticsearch.version")));
            assertThat(kinds(docs, "Kibana")).singleElement().satisfies(k ->
                    assertThat(str(k, "spec/version")).as(name).isEqualTo(pom.get("elasticsearch.version")));
            for (Map<String, Object> fd : kinds(docs, "FlinkDeployment")) {
                assertThat(str(fd, "spec/flinkVersion")).as(name).isEqualTo(flinkMinor);
                for (Object env : Manifests.findAllValues(fd, "env")) {
                    for (Object e : (List<?>) env) {
                        if ("ENABLE_BUILT_IN_PLUGINS".equals(((Map<?, ?>) e).get("name"))) {
                            assertThat(str(e, "value")).contains("-" + pom.get("flink.version") + ".jar");
                        }
                    }
                }
            }
        });
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** One job as a manifest runs it. */
    private record JobRun(String where, String name, String mainClass, Path jar, String containerJar, String config) {}

    private static List<JobRun> composeJobs() {
        List<JobRun> runs = new ArrayList<>();
        map(compose, "services").forEach((service, def) -> {
            Map<String, Object> env = Manifests.has(def, "environment") ? map(def, "environment") : Map.of();
            if (env.containsKey("JOB_CLASS")) {
                String jar = str(env, "JOB_JAR");
                runs.add(new JobRun("compose " + service, str(env, "JOB_NAME"), str(env, "JOB_CLASS"), composeHostPath(jar), jar,
                        str(env, "SECWEB_CONFIG")));
            }
        });
        return runs;
    }

    private static List<JobRun> kubernetesJobs(String overlay) {
        List<JobRun> runs = new ArrayList<>();
        for (Map<String, Object> fd : kinds(overlays.get(overlay), "FlinkDeployment")) {
            String jarUri = str(fd, "spec/job/jarURI");
            assertThat(jarUri).startsWith("local:///");
            String inImage = URI.create(jarUri).getPath();
            List<String> args = list(fd, "spec/job/args").stream().map(String::valueOf).toList();
            runs.add(new JobRun("k8s " + overlay + " " + str(fd, "metadata/name"), str(fd, "metadata/name"), str(fd, "spec/job/entryClass"),
                    imageHostPath(inImage), inImage, args.get(args.indexOf("--config") + 1)));
        }
        return runs;
    }

    @Test
    void composeAndEveryOverlayRunTheThreeJobsFromTheirOwnJarsAndMainClasses() throws Exception {
        List<JobRun> runs = new ArrayList<>(composeJobs());
        overlays.keySet().forEach(o -> runs.addAll(kubernetesJobs(o)));

        assertThat(composeJobs()).extracting(JobRun::name).containsExactlyInAnyOrderElementsOf(JOBS.keySet());
        overlays.keySet().forEach(o -> assertThat(kubernetesJobs(o)).extracting(JobRun::name).containsExactlyInAnyOrderElementsOf(JOBS.keySet()));
        for (JobRun run : runs) {
            assertThat(run.mainClass()).as(run.where()).isEqualTo(JOBS.get(run.name()));
            assertThat(run.jar().getFileName().toString()).as(run.where()).isEqualTo(run.name() + ".jar");
            assertThat(run.jar().startsWith(root.resolve("jobs/target"))).as("%s: %s is built in jobs/target", run.where(), run.jar()).isTrue();
            Class<?> main = Class.forName(run.mainClass());
            assertHasMain(main);
            assertThat(main.getField("NAME").get(null)).as("%s: the job's NAME", run.where()).isEqualTo(run.name());
            assertJarHoldsClass(run.jar(), run.mainClass());
        }
    }

    @Test
    void theSetupStepsRunStackSetupFromAJobJar() throws Exception {
        List<List<String>> commands = new ArrayList<>();
        commands.add(list(map(compose, "services"), "setup/entrypoint").stream().map(String::valueOf).toList());
        overlays.values().forEach(docs -> kinds(docs, "Job").stream().filter(j -> str(j, "metadata/name").equals("secweb-setup"))
                .forEach(j -> commands.add(list(list(j, "spec/template/spec/containers").get(0), "command").stream().map(String::valueOf).toList())));
        assertThat(commands).hasSize(1 + overlays.size());

        assertHasMain(StackSetup.class);
        for (List<String> cmd : commands) {
            assertThat(cmd).contains(StackSetup.class.getName(), "--config");
            String classpath = cmd.get(cmd.indexOf("-cp") + 1);
            String jar = classpath.split(":")[0];
            Path hostJar = jar.startsWith("/opt/flink/usrlib/") ? imageHostPath(jar) : composeHostPath(jar);
            assertThat(JOBS).containsKey(hostJar.getFileName().toString().replace(".jar", ""));
            assertJarHoldsClass(hostJar, StackSetup.class.getName());
        }
    }

    private static void assertHasMain(Class<?> type) throws NoSuchMethodException {
        Method main = type.getMethod("main", String[].class);
        assertThat(Modifier.isStatic(main.getModifiers())).as(type + ".main is static").isTrue();
    }

    /** The shaded jars exist once the build has packaged them (mvn package, ./secweb build); then they must hold the class. */
    private static void assertJarHoldsClass(Path jar, String className) throws IOException {
        if (Files.exists(jar)) {
            try (JarFile j = new JarFile(jar.toFile())) {
                assertThat(j.getEntry(className.replace('.', '/') + ".class")).as("%s in %s", className, jar).isNotNull();
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** Every configuration file a manifest passes with --config, as a file of the repository, with who names it. */
    private static Map<Path, String> configurationFiles() {
        Map<Path, String> files = new LinkedHashMap<>();
        composeJobs().forEach(r -> files.put(composeHostPath(r.config()), r.where()));
        List<String> setup = list(map(compose, "services"), "setup/entrypoint").stream().map(String::valueOf).toList();
        files.put(composeHostPath(setup.get(setup.indexOf("--config") + 1)), "compose setup");
        for (String overlay : overlays.keySet()) {
            kubernetesJobs(overlay).forEach(r -> files.put(kubernetesFile(overlay, r.config()), r.where()));
        }
        return files;
    }

    @Test
    void everyConfigurationFileTheManifestsNameLoadsThroughTheJobsConfigLoader() {
        Map<Path, String> files = configurationFiles();
        assertThat(files.keySet()).contains(root.resolve("deploy/config/compose.yaml"), root.resolve("deploy/k8s/overlays/dev/secweb.yaml"),
                root.resolve("deploy/k8s/overlays/prod/secweb.yaml"));
        files.forEach((file, where) -> {
            SecwebConfig config = ConfigLoader.load(file);
            String network = config.indicators().networkConfig();
            assertThat(network).as("%s: indicators.network_config", file).isNotNull();
            Path networkFile = where.startsWith("compose") ? composeHostPath(network) : imageHostPath(network);
            assertThat(NetworkConfigLoader.load(networkFile).scopes()).as(networkFile.toString()).isNotEmpty();
            String rules = config.alerts().rules();
            assertThat(rules).as("%s: alerts.rules", file).isNotNull();
            Path rulesPath = where.startsWith("compose") ? composeHostPath(rules) : imageHostPath(rules);
            assertThat(new RuleLoader().loadPath(rulesPath)).as(rulesPath.toString()).isNotEmpty();
            assertThat(config.elasticsearch().indexPrefix()).as(file.toString()).isEqualTo(SecwebNames.LIVE_INDEX_PREFIX);
            assertThat(config.kafka().topicPrefix()).as(file.toString()).isEmpty();
        });
    }

    @Test
    void theConfigurationFilesPointAtTheServicesTheManifestsDefine() {
        Set<String> services = map(compose, "services").keySet();
        SecwebConfig c = ConfigLoader.load(root.resolve("deploy/config/compose.yaml"));
        assertThat(c.kafka().bootstrapServers().split(":")[0]).isIn(services);
        assertThat(URI.create(c.elasticsearch().url()).getHost()).isIn(services);

        for (String overlay : overlays.keySet()) {
            List<Map<String, Object>> docs = overlays.get(overlay);
            String kafka = str(kinds(docs, "Kafka").get(0), "metadata/name");
            Object tls = list(kinds(docs, "Kafka").get(0), "spec/kafka/listeners").stream()
                    .filter(l -> Boolean.TRUE.equals(((Map<?, ?>) l).get("tls"))).findFirst().orElseThrow();
            String es = str(kinds(docs, "Elasticsearch").get(0), "metadata/name");
            for (JobRun run : kubernetesJobs(overlay)) {
                SecwebConfig k = ConfigLoader.load(kubernetesFile(overlay, run.config()));
                assertThat(k.kafka().bootstrapServers()).as(run.where()).isEqualTo(kafka + "-kafka-bootstrap:" + ((Map<?, ?>) tls).get("port"));
                assertThat(k.elasticsearch().url()).as(run.where()).isEqualTo("https://" + es + "-es-http:9200");
            }
        }
    }

    @Test
    void eachJobCheckpointsWhereItsFlinkDeploymentSaysBecauseTheJobsSettingWins() {
        for (String overlay : overlays.keySet()) {
            for (Map<String, Object> fd : kinds(overlays.get(overlay), "FlinkDeployment")) {
                List<String> args = list(fd, "spec/job/args").stream().map(String::valueOf).toList();
                SecwebConfig config = ConfigLoader.load(kubernetesFile(overlay, args.get(args.indexOf("--config") + 1)));
                Map<String, Object> flink = map(fd, "spec/flinkConfiguration");
                for (String key : List.of("execution.checkpointing.dir", "execution.checkpointing.savepoint-dir")) {
                    assertThat(config.flink().get(key)).as("%s %s: %s", overlay, str(fd, "metadata/name"), key)
                            .isNotNull().isEqualTo(String.valueOf(flink.get(key)));
                }
            }
        }
        SecwebConfig c = ConfigLoader.load(root.resolve("deploy/config/compose.yaml"));
        String props = str(map(compose, "services"), "jobmanager/environment/FLINK_PROPERTIES");
        assertThat(props).contains("execution.checkpointing.dir: " + c.flink().get("execution.checkpointing.dir"));
        assertThat(c.flink().get("execution.checkpointing.dir")).startsWith("file:///flink-data/");
        assertThat(list(map(compose, "services"), "taskmanager/volumes")).anyMatch(v -> String.valueOf(v).endsWith(":/flink-data"));
    }

    @Test
    void everyPodOfEveryJobGetsItsSecretsFromKubernetesSecretsNeverAsLiterals() {
        for (String overlay : overlays.keySet()) {
            for (Map<String, Object> fd : kinds(overlays.get(overlay), "FlinkDeployment")) {
                Map<String, Object> container = Manifests.cast(list(fd, "spec/podTemplate/spec/containers").get(0));
                Map<String, Map<String, Object>> env = new LinkedHashMap<>();
                list(container, "env").forEach(e -> env.put(str(e, "name"), Manifests.cast(e)));
                for (String secret : List.of(Secrets.KAFKA_PASSWORD, Secrets.ES_PASSWORD)) {
                    assertThat(env.get(secret)).as("%s %s", overlay, secret).containsKey("valueFrom").doesNotContainKey("value");
                }
                for (String file : List.of(Secrets.KAFKA_CA_FILE, Secrets.ES_CA_FILE)) {
                    String path = str(env.get(file), "value");
                    assertThat(list(container, "volumeMounts")).as("%s: a volume holds %s", overlay, path)
                            .anyMatch(m -> path.startsWith(str(m, "mountPath") + "/"));
                }
                assertThat(env.keySet()).allMatch(k -> !k.startsWith("SECWEB_") || Secrets.KEYS.contains(k), "only variables secweb reads");
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    @Test
    void theKafkaTopicsAreExactlyTheTopicsOfTheLiveNamespace() {
        Set<String> expected = new TreeSet<>(Topics.live().all());
        for (String overlay : overlays.keySet()) {
            List<Map<String, Object>> docs = overlays.get(overlay);
            String cluster = str(kinds(docs, "Kafka").get(0), "metadata/name");
            List<Map<String, Object>> topics = kinds(docs, "KafkaTopic");
            assertThat(topics).extracting(t -> str(t, "spec/topicName")).as(overlay).containsExactlyInAnyOrderElementsOf(expected);
            for (Map<String, Object> t : topics) {
                assertThat(str(t, "metadata/labels/strimzi.io~1cluster")).isEqualTo(cluster);
                int replicas = ((Number) Manifests.get(t, "spec/replicas")).intValue();
                int minIsr = ((Number) Manifests.get(t, "spec/config/min.insync.replicas")).intValue();
                assertThat(minIsr).as("%s %s: min.insync.replicas ≤ replicas", overlay, str(t, "spec/topicName")).isLessThanOrEqualTo(replicas);
            }
            assertThat(str(topics.stream().filter(t -> str(t, "spec/topicName").equals(Topics.live().alertRules())).findFirst().orElseThrow(),
                    "spec/config/cleanup.policy")).as("the rule control topic keeps the latest rule per key").isEqualTo("compact");
        }
    }

    @Test
    void theJobsKafkaUserMayUseEveryTopicGroupAndTransactionTheConfigurationsName() {
        for (String overlay : overlays.keySet()) {
            Map<String, Object> user = kinds(overlays.get(overlay), "KafkaUser").get(0);
            assertThat(str(user, "metadata/name")).isEqualTo(kubernetesEnv(overlay).get(Secrets.KAFKA_USERNAME));
            Map<String, String> prefixes = new LinkedHashMap<>();
            for (Object acl : list(user, "spec/authorization/acls")) {
                if (Manifests.has(acl, "resource/patternType") && "prefix".equals(Manifests.get(acl, "resource/patternType"))) {
                    prefixes.put(str(acl, "resource/type"), str(acl, "resource/name"));
                }
            }
            Topics.live().all().forEach(t -> assertThat(t).startsWith(prefixes.get("topic")));
            for (JobRun run : kubernetesJobs(overlay)) {
                SecwebConfig c = ConfigLoader.load(kubernetesFile(overlay, run.config()));
                assertThat(List.of(c.kafka().consumerGroup(), c.indicators().consumerGroup(), c.alerts().consumerGroup(),
                        c.alerts().consumerGroup() + "-rules")).allMatch(g -> g.startsWith(prefixes.get("group")));
                assertThat(c.kafka().transactionalIdPrefix()).startsWith(prefixes.get("transactionalId"));
            }
        }
    }

    private static Map<String, String> kubernetesEnv(String overlay) {
        Map<String, Object> fd = kinds(overlays.get(overlay), "FlinkDeployment").get(0);
        Map<String, String> env = new LinkedHashMap<>();
        list(list(fd, "spec/podTemplate/spec/containers").get(0), "env").forEach(e -> {
            Object v = ((Map<?, ?>) e).get("value");
            env.put(str(e, "name"), v == null ? null : String.valueOf(v));
        });
        return env;
    }

    @Test
    void theElasticsearchRolesCoverEveryIndexKindAndNothingElse() throws IOException {
        Map<String, Object> roles = Manifests.single(root.resolve("deploy/k8s/base/roles.yml"));
        Set<String> names = new LinkedHashSet<>();
        for (String kind : SecwebNames.INDEX_KINDS) {
            names.add(SecwebNames.alias(SecwebNames.LIVE_INDEX_PREFIX, kind));
            names.add(SecwebNames.index(SecwebNames.LIVE_INDEX_PREFIX, kind, 2024));
            names.add(SecwebNames.index(SecwebNames.replayPrefix("r20240601"), kind, 2024));
        }
        for (String role : List.of("secweb_writer", "secweb_reader")) {
            List<String> patterns = list(roles, role + "/indices").stream().flatMap(i -> list(i, "names").stream()).map(String::valueOf).toList();
            for (String name : names) {
                assertThat(patterns).as("%s covers %s", role, name).anyMatch(p -> Manifests.glob(p).matcher(name).matches());
            }
            for (String p : patterns) {
                assertThat(names).as("%s's pattern %s names secweb indices", role, p).anyMatch(n -> Manifests.glob(p).matcher(n).matches());
            }
        }
        overlays.forEach((overlay, docs) -> assertThat(list(kinds(docs, "Elasticsearch").get(0), "spec/auth/roles"))
                .anyMatch(r -> "secweb-es-roles".equals(str(r, "secretName"))));
    }

    // ---------------------------------------------------------------------------------------------------------------

    @Test
    void composeCreatesTopicsAndTemplatesBeforeItSubmitsTheJobsAndLoadsTheKibanaSavedObjects() {
        Map<String, Object> services = map(compose, "services");
        for (JobRun run : composeJobs()) {
            String service = run.where().substring("compose ".length());
            assertThat(str(services, service + "/depends_on/setup/condition")).as(service).isEqualTo("service_completed_successfully");
        }
        assertThat(list(services, "kibana-objects/volumes")).extracting(String::valueOf)
                .anyMatch(v -> composeHostPath(v.split(":")[1]).equals(root.resolve("dashboards/kibana")));
        assertThat(Manifests.get(services, "taskmanager/deploy/replicas")).isEqualTo(2);
        // the stack's ports stay on loopback, as ./secweb local's do
        for (Object ports : Manifests.findAllValues(compose, "ports")) {
            assertThat((List<?>) ports).allMatch(p -> String.valueOf(p).startsWith("127.0.0.1:"));
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static List<Map<String, Object>> kinds(List<Map<String, Object>> docs, String kind) {
        return docs.stream().filter(d -> kind.equals(d.get("kind"))).collect(Collectors.toList());
    }

    /** A path inside a compose container, as the repository file its volume mounts there. */
    private static Path composeHostPath(String containerPath) {
        Path best = null;
        int bestLength = -1;
        for (Object def : map(compose, "services").values()) {
            for (Object v : Manifests.listOrEmpty(def, "volumes")) {
                String[] parts = String.valueOf(v).split(":");
                if (parts.length >= 2 && parts[0].startsWith(".") && (containerPath.equals(parts[1]) || containerPath.startsWith(parts[1] + "/"))
                        && parts[1].length() > bestLength) {
                    best = root.resolve("deploy/compose").resolve(parts[0]).resolve(containerPath.substring(parts[1].length()).replaceFirst("^/", ""))
                            .normalize();
                    bestLength = parts[1].length();
                }
            }
        }
        assertThat(best).as("a compose volume holds %s", containerPath).isNotNull();
        return best;
    }

    /** A path inside a Flink pod of an overlay, as the repository file of the ConfigMap mounted there. */
    private static Path kubernetesFile(String overlay, String containerPath) {
        List<Map<String, Object>> docs = overlays.get(overlay);
        for (Map<String, Object> fd : kinds(docs, "FlinkDeployment")) {
            for (Object m : list(list(fd, "spec/podTemplate/spec/containers").get(0), "volumeMounts")) {
                String mountPath = str(m, "mountPath");
                if (!containerPath.startsWith(mountPath + "/")) {
                    continue;
                }
                Object volume = list(fd, "spec/podTemplate/spec/volumes").stream().filter(v -> str(v, "name").equals(str(m, "name")))
                        .findFirst().orElseThrow();
                String configMap = str(volume, "configMap/name");
                Map<String, Object> cm = kinds(docs, "ConfigMap").stream().filter(c -> str(c, "metadata/name").equals(configMap))
                        .findFirst().orElseThrow(() -> new AssertionError(overlay + ": no ConfigMap " + configMap));
                return Path.of(str(map(cm, "data"), containerPath.substring(mountPath.length() + 1)));
            }
        }
        throw new AssertionError(overlay + ": no ConfigMap is mounted where " + containerPath + " is");
    }

    private static final Pattern COPY = Pattern.compile("COPY(?: --\\S+)* (.+) (\\S+)");

    /** A path inside the secweb/jobs image, as the repository file the Dockerfile copies there. */
    private static Path imageHostPath(String imagePath) {
        for (String line : dockerfile) {
            Matcher m = COPY.matcher(line.strip());
            if (!m.matches()) {
                continue;
            }
            String target = m.group(2);
            for (String source : m.group(1).split(" ")) {
                if (target.endsWith("/") && source.endsWith("/") && imagePath.startsWith(target)) {
                    return root.resolve(source).resolve(imagePath.substring(target.length())).normalize();
                }
                if (target.endsWith("/") && !source.endsWith("/") && imagePath.equals(target + Path.of(source).getFileName())) {
                    return root.resolve(source).normalize();
                }
            }
        }
        throw new AssertionError("the Dockerfile copies nothing to " + imagePath);
    }
}
