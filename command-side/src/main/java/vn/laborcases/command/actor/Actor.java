package vn.laborcases.command.actor;

import vn.laborcases.api.Province;

import java.util.Set;

/**
 * Who is acting: recorded in every event's envelope.
 *
 * @param onBehalfOf the person or office the actor acts for, if any
 * @param jurisdiction the provinces the actor may act in; empty means all
 */
public record Actor(String id, String role, String onBehalfOf, Set<Province> jurisdiction) {
}
