package com.switchdesk.ui.operator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import com.switchdesk.callcontrol.CallView;
import com.switchdesk.callcontrol.ConsoleState;
import com.switchdesk.callcontrol.OperatorMode;
import com.switchdesk.callcontrol.PendingAction;
import com.switchdesk.pbx.model.PartyState;
import com.switchdesk.ui.WidgetIds;

/**
 * The status area (seed 3.8, figure 19): the position's state in a coloured band, who the operator
 * talks to, the call timer, a message line for refusals and notices, and the keyboard-input switch.
 */
final class StatusArea {

	private final Composite band;
	private final Label mode;
	private final Label timer;
	private final Label position;
	private final Label parties;
	private final Label message;
	private final Button keyboardInput;
	private final LocalResourceManager resources;
	private Instant callSince;
	private boolean messageIsError;
	private OperatorMode shownMode;
	private Instant messageShownAt = Instant.EPOCH;

	StatusArea(Composite parent) {
		resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		band = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(8, 6).applyTo(band);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(band);

		mode = WidgetIds.tag(new Label(band, SWT.WRAP), "keypad.mode");
		mode.setFont(resources.create(FontDescriptor.createFrom(JFaceResources.getDialogFont()).setStyle(SWT.BOLD)
				.increaseHeight(2)));
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(mode);
		timer = WidgetIds.tag(new Label(band, SWT.RIGHT), "keypad.timer");
		timer.setFont(resources.create(FontDescriptor.createFrom(JFaceResources.getTextFont()).setStyle(SWT.BOLD)
				.increaseHeight(2)));
		GridDataFactory.fillDefaults().hint(80, SWT.DEFAULT).applyTo(timer);

		parties = WidgetIds.tag(new Label(band, SWT.WRAP), "keypad.parties");
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, SWT.DEFAULT).applyTo(parties);
		position = WidgetIds.tag(new Label(band, SWT.WRAP), "keypad.position");
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, SWT.DEFAULT).applyTo(position);

		// outside the coloured band: GTK draws no check mark on a recoloured check box
		keyboardInput = WidgetIds.tag(new Button(parent, SWT.CHECK), "keypad.keyboardInput");
		keyboardInput.setText(Messages.Status_keyboardInput);
		keyboardInput.setToolTipText(Messages.Status_keyboardInputTip);
		keyboardInput.setSelection(true);

		message = WidgetIds.tag(new Label(parent, SWT.WRAP), "keypad.message");
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(message);
	}

	Button keyboardInputSwitch() {
		return keyboardInput;
	}

	void show(ConsoleState state) {
		String text = Texts.mode(state.mode());
		if (state.pending() != PendingAction.NONE) {
			text = Texts.pending(state.pending());
		}
		mode.setText(text);
		List<String> lines = new ArrayList<>();
		state.current().ifPresent(c -> lines.add(NLS.bind(
				state.consultation().isPresent() ? Messages.Status_held : Messages.Status_with, label(c))));
		state.consultation().ifPresent(c -> lines.add(NLS.bind(Messages.Status_transferTo, label(c))));
		parties.setText(String.join("\n", lines));
		List<String> facts = new ArrayList<>();
		if (!state.position().isEmpty()) {
			facts.add(NLS.bind(Messages.Status_position, state.position()) + " · "
					+ (state.bound() ? Messages.Status_bound : Messages.Status_unbound));
		}
		facts.add(state.nightService() ? Messages.Status_night : Messages.Status_day);
		state.forwarding().ifPresent(f -> facts.add(NLS.bind(Messages.Status_forwarded, f.number())));
		position.setText(String.join(" · ", facts));
		callSince = state.current().map(CallView::since).orElse(null);
		if (state.mode() != shownMode) {
			// an old refusal must not be read as the answer to what happens now; a notice that came
			// with this very change (e.g. the binding was lost) stays
			if (shownMode != null && Duration.between(messageShownAt, Instant.now()).toMillis() > 1000) {
				clearMessage();
			}
			shownMode = state.mode();
		}
		colour(state.mode());
		tick(Instant.now());
		band.layout(true, true);
		band.getParent().layout(true, true);
	}

	private static String label(CallView call) {
		String text = call.label();
		boolean ringing = call.others().stream().anyMatch(p -> p.state() == PartyState.ALERTING);
		return ringing ? text + " (" + Messages.Status_ringing + ")" : text;
	}

	/** Updates the call timer; called every second while a call is up. */
	void tick(Instant now) {
		timer.setText(callSince == null ? "" : Texts.duration(Duration.between(callSince, now)));
	}

	boolean hasCall() {
		return callSince != null;
	}

	void showMessage(String text, boolean error) {
		messageIsError = error;
		messageShownAt = Instant.now();
		message.setText(text);
		message.setForeground(resources.create(ColorDescriptor.createFrom(error ? new RGB(0xb7, 0x1c, 0x1c) : new RGB(0x1b, 0x5e, 0x20))));
		message.getParent().layout(true, true);
	}

	void clearMessage() {
		if (!message.getText().isEmpty()) {
			message.setText("");
			message.getParent().layout(true, true);
		}
	}

	boolean showsError() {
		return messageIsError && !message.getText().isEmpty();
	}

	/** States differ by colour and by text, so the band reads at a glance and without colour. */
	private void colour(OperatorMode m) {
		RGB rgb = switch (m) {
		case IDLE -> new RGB(0xe8, 0xf5, 0xe9);
		case RINGING -> new RGB(0xff, 0xe0, 0xb2);
		case TALKING, CALLING, CONFERENCE -> new RGB(0xbb, 0xde, 0xfb);
		case CONSULTING, DIALING -> new RGB(0xe1, 0xbe, 0xe7);
		case LOCKED, UNBOUND, LOGGED_OUT -> new RGB(0xff, 0xf9, 0xc4);
		case DISCONNECTED -> new RGB(0xff, 0xcd, 0xd2);
		};
		Color bg = resources.create(ColorDescriptor.createFrom(rgb));
		band.setBackground(bg);
		for (var child : band.getChildren()) {
			child.setBackground(bg);
		}
	}
}
