package com.switchdesk.ui.handlers;

import java.util.Optional;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;

import com.switchdesk.callcontrol.OperatorConsole;

/**
 * The console's function keys as window key bindings (seed 3.9): F3 hold, F8 three-way, F9
 * recall, F10 pickup, F11 barge-in, F12 force release. Pickup, barge-in and force release wait for
 * their target (typed then Enter, or a clicked tile).
 */
public class ConsoleKeyHandler {

	public static final String PARAMETER = "com.switchdesk.command.consoleKey.key";

	@Execute
	public void execute(@Named(PARAMETER) String key, OperatorConsole console) {
		switch (key) {
		case "hold" -> console.hold();
		case "threeWay" -> console.threeWay();
		case "recall" -> console.recall();
		case "pickup" -> console.pickup(Optional.empty());
		case "bargeIn" -> console.bargeIn(Optional.empty());
		case "forceRelease" -> console.forceRelease(Optional.empty());
		case "hangUp" -> console.hangUp();
		default -> throw new IllegalArgumentException("Unknown console key " + key);
		}
	}
}
