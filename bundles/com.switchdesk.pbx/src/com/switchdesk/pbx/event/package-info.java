/**
 * The events the console receives: a full snapshot after every (re)connection, then changes. Each
 * change carries the new immutable state of what changed (an extension, a call, the operator
 * position...), so applying an event is a replacement, never an increment.
 * <p>
 * PBX events are numbered: between two snapshots their {@link com.switchdesk.pbx.event.PbxEvent#sequence()}
 * increases by exactly one. {@link ConnectionEvent}s come from the connector itself and repeat the
 * sequence of the last PBX event.
 */
package com.switchdesk.pbx.event;
