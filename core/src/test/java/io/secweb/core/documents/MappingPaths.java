package io.secweb.core.documents;

import com.fasterxml.jackson.databind.JsonNode;
import io.secweb.schemas.codec.SecwebJson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Dotted paths of leaf fields, in a JSON document and in an index template's mappings, so tests can check that a
 * document fits a {@code dynamic: strict} mapping without an Elasticsearch node. Arrays are transparent, as in Elasticsearch.
 */
final class MappingPaths {
    private MappingPaths() {}

    static List<String> leavesOfDocument(String json) throws Exception {
        List<String> paths = new ArrayList<>();
        collectDocument(SecwebJson.readTree(json), "", paths);
        return paths.stream().distinct().toList();
    }

    static List<String> leavesOfTemplate(String templateJson) throws Exception {
        List<String> paths = new ArrayList<>();
        collectMapping(SecwebJson.readTree(templateJson).path("template").path("mappings").path("properties"), "", paths);
        return paths;
    }

    private static void collectDocument(JsonNode node, String path, List<String> paths) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                collectDocument(field.getValue(), join(path, field.getKey()), paths);
            }
        } else if (node.isArray()) {
            node.forEach(element -> collectDocument(element, path, paths));
        } else {
            paths.add(path);
        }
    }

    private static void collectMapping(JsonNode properties, String path, List<String> paths) {
        for (Map.Entry<String, JsonNode> field : properties.properties()) {
            String fieldPath = join(path, field.getKey());
            if (field.getValue().has("properties")) {
                collectMapping(field.getValue().path("properties"), fieldPath, paths);
            } else {
                paths.add(fieldPath);
            }
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
