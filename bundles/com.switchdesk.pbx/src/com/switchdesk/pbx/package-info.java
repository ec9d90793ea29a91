/**
 * The PBX connector SPI: how the console talks to a telephone exchange, whatever carries it (the
 * embedded simulator in-process, or a real PBX over a serial line).
 *
 * <h2>Shape</h2>
 * A {@link com.switchdesk.pbx.PbxConnectorFactory} (one per connector type: {@code sim},
 * {@code serial}) creates a {@link com.switchdesk.pbx.PbxConnector} from {@link com.switchdesk.pbx.ConnectorSettings}.
 * The console sends {@linkplain com.switchdesk.pbx.command commands} (CSTA-style names: MakeCall,
 * AnswerCall, ConsultationCall, TransferCall, ...) and receives {@linkplain com.switchdesk.pbx.event events}
 * carrying immutable {@linkplain com.switchdesk.pbx.model state} (extensions, calls, the operator
 * position). After every (re)connection the first event is a full
 * {@link com.switchdesk.pbx.event.SnapshotEvent}, so a listener rebuilds its state from it and then
 * applies the changes that follow.
 *
 * <h2>Threading</h2>
 * <ul>
 * <li>{@link com.switchdesk.pbx.PbxConnector#execute} returns at once and never blocks; the returned
 * stage completes later on the connector's event thread.</li>
 * <li>Events are delivered to listeners on one event thread per connector, one at a time, in the
 * order of their {@linkplain com.switchdesk.pbx.event.PbxEvent#sequence() sequence numbers}, without
 * gaps or duplicates between two snapshots. Listeners must return quickly and must not block.</li>
 * <li>The stage of a command completes <em>after</em> the events the command caused have been
 * delivered, so a listener's state already shows the effect when the stage completes.</li>
 * </ul>
 *
 * <h2>Failures</h2>
 * A refusal by the PBX (or by the connector while offline) completes the stage exceptionally with a
 * {@link com.switchdesk.pbx.PbxRefusedException} that carries a {@link com.switchdesk.pbx.RefusalReason}
 * and a message an operator can read. Loss of the link is not an exception: the connector reports it
 * as {@link com.switchdesk.pbx.ConnectionState#RECONNECTING} or {@link com.switchdesk.pbx.ConnectionState#OFFLINE}
 * with a reason, and keeps trying.
 *
 * <h2>Null</h2>
 * No method takes or returns {@code null} unless its Javadoc says so; optional values are
 * {@link java.util.Optional} or empty strings.
 */
package com.switchdesk.pbx;
