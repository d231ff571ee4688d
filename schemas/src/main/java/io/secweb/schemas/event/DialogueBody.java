package io.secweb.schemas.event;

/**
 * Body of a dialogue (schemas/json/dialogue.schema.json): a meeting between states — a summit, a 2+2, a ministers' or
 * senior officials' meeting, a working group.
 *
 * @param series the recurring meeting this is an edition of ("Quad Leaders' Summit"), or null for a one-off
 * @param level  leaders, ministers, two_plus_two, senior_officials or working_group
 * @param status held, postponed or cancelled
 */
public record DialogueBody(String name, String series, String level, String status) {

    /** True when the meeting took place (a postponed or cancelled one adds no weight). */
    public boolean held() {
        return "held".equals(status);
    }
}
