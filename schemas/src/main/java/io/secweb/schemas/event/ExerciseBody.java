package io.secweb.schemas.event;

import java.util.List;

/** Body of an exercise event (schemas/json/exercise.schema.json). */
public record ExerciseBody(String name, String series, List<String> domains, String scale, String location) {}
