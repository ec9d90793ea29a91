/**
 * Call control: the operator's session on top of the PBX connector SPI, UI-free.
 *
 * <h2>Services</h2>
 * <ul>
 * <li>{@link com.switchdesk.callcontrol.PbxConnection} owns the one active connector, chosen by
 * settings among the registered {@link com.switchdesk.pbx.PbxConnectorFactory} services.</li>
 * <li>{@link com.switchdesk.callcontrol.ExtensionBoard} keeps every extension's lamp (the busy-lamp
 * board).</li>
 * <li>{@link com.switchdesk.callcontrol.OperatorConsole} is the operator position's session: its state
 * machine, the call queue with auto-hold and auto-return, the hold list, and every console action,
 * validated against the state before it reaches the PBX.</li>
 * </ul>
 *
 * <h2>Threading</h2>
 * One thread owns all call state: PBX events and actions are applied on the call-control thread,
 * one at a time. Getters return immutable snapshots and may be called from any thread without
 * blocking. Listeners are called on the call-control thread and must return quickly (a UI hands the
 * change to its display thread, coalescing bursts). Actions return at once; their stage completes
 * when the PBX has answered, exceptionally with {@link com.switchdesk.callcontrol.ActionRefusedException}
 * (the console refused: the state does not allow it) or {@link com.switchdesk.pbx.PbxRefusedException}
 * (the PBX refused). A refusal is also published as a {@link com.switchdesk.callcontrol.ConsoleNotice}, so
 * the operator always sees why nothing happened.
 *
 * <h2>Null</h2>
 * Nothing takes or returns null; absent values are {@link java.util.Optional}.
 */
package com.switchdesk.callcontrol;
