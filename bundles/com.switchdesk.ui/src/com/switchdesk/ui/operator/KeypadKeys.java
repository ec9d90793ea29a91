package com.switchdesk.ui.operator;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Listener;

import com.switchdesk.callcontrol.ConsoleState;
import com.switchdesk.callcontrol.OperatorMode;
import com.switchdesk.callcontrol.PendingAction;
import com.switchdesk.pbx.model.Forwarding;
import com.switchdesk.ui.WidgetIds;
import com.switchdesk.ui.settings.ConsoleSettings;

/** The keypad's buttons: digits, call keys, function keys and the console functions. */
final class KeypadKeys {

	private final KeypadPart part;
	private final Button dial;
	private final Button pickup;
	private final Button bargeIn;
	private final Button forceRelease;
	private final Button bind;
	private final Button offline;
	private final Button forwarding;
	private final Button night;
	private ConsoleState state;
	private final Button[] speedKeys = new Button[2];
	private final List<Button> digitKeys = new java.util.ArrayList<>();

	/** The digit keys' height when there is room, and the least they shrink to before the keypad scrolls. */
	static final int DIGIT_HEIGHT = 40;
	static final int MIN_DIGIT_HEIGHT = 28;
	static final int DIGIT_ROWS = 4;
	private List<ConsoleSettings.SpeedKey> speedKeySettings = List.of();

	KeypadKeys(Composite parent, KeypadPart part) {
		this.part = part;
		Composite digits = grid(parent, 3, true);
		for (String d : new String[] { "1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "0", "#" }) {
			Button b = key(digits, d, "", "keypad.digit." + (d.equals("*") ? "star" : d.equals("#") ? "hash" : d),
					e -> part.type(d));
			b.setFont(JFaceResources.getHeaderFont());
			GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, DIGIT_HEIGHT).applyTo(b);
			digitKeys.add(b);
		}

		Composite call = grid(parent, 2, true);
		dial = key(call, Messages.Key_dial, Messages.Key_dialTip, "keypad.dial", e -> part.dialOrAnswer());
		key(call, Messages.Key_release, Messages.Key_releaseTip, "keypad.release",
				e -> part.run(() -> part.console().hangUp(), false));
		key(call, Messages.Key_backspace, Messages.Key_backspaceTip, "keypad.backspace", e -> part.backspace());
		key(call, Messages.Key_clear, Messages.Key_clearTip, "keypad.clear", e -> part.clear());

		Composite functions = grid(parent, 3, true);
		key(functions, Messages.Key_hold, Messages.Key_holdTip, "keypad.hold",
				e -> part.run(() -> part.console().hold(), false));
		key(functions, Messages.Key_recall, Messages.Key_recallTip, "keypad.recall",
				e -> part.run(() -> part.console().recall(), false));
		key(functions, Messages.Key_threeWay, Messages.Key_threeWayTip, "keypad.threeWay",
				e -> part.run(() -> part.console().threeWay(), false));
		pickup = key(functions, Messages.Key_pickup, Messages.Key_pickupTip, "keypad.pickup",
				e -> part.run(() -> part.console().pickup(part.typedTarget()), true));
		bargeIn = key(functions, Messages.Key_bargeIn, Messages.Key_bargeInTip, "keypad.bargeIn",
				e -> part.run(() -> part.console().bargeIn(part.typedTarget()), true));
		forceRelease = key(functions, Messages.Key_forceRelease, Messages.Key_forceReleaseTip, "keypad.forceRelease",
				e -> part.run(() -> part.console().forceRelease(part.typedTarget()), true));
		key(functions, Messages.Key_hookflash, Messages.Key_hookflashTip, "keypad.hookflash",
				e -> part.run(() -> part.console().hookflash(), false));
		key(functions, Messages.Key_postDial, Messages.Key_postDialTip, "keypad.postDial", e -> part.postDial());
		key(functions, Messages.Key_park, Messages.Key_parkTip, "keypad.park",
				e -> part.run(() -> part.console().park(), false));

		Composite speed = grid(parent, 2, true);
		for (int i = 0; i < speedKeys.length; i++) {
			int index = i;
			speedKeys[i] = key(speed, "", "", "keypad.speed" + (i + 1), e -> dialSpeedKey(index));
		}

		Composite console = grid(parent, 2, true);
		bind = key(console, Messages.Key_bind, Messages.Key_bindTip, "keypad.bind",
				e -> part.run(() -> part.console().bind(), false));
		offline = key(console, Messages.Key_goOffline, Messages.Key_goOfflineTip, "keypad.offline",
				e -> part.run(() -> part.console().setOnline(!state.online()), false));
		forwarding = key(console, Messages.Key_forward, Messages.Key_forwardTip, "keypad.forwarding",
				e -> toggleForwarding());
		night = key(console, Messages.Key_dayService, Messages.Key_nightTip, "keypad.night",
				e -> part.run(() -> part.console().setNightService(!state.nightService()), false));
	}

	private static Composite grid(Composite parent, int columns, boolean equal) {
		Composite c = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(columns).equalWidth(equal).spacing(4, 4).applyTo(c);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(c);
		return c;
	}

	private static Button key(Composite parent, String text, String tip, String id, Listener action) {
		Button b = WidgetIds.tag(new Button(parent, SWT.PUSH), id);
		b.setText(text);
		if (!tip.isEmpty()) {
			b.setToolTipText(tip);
		}
		b.addListener(SWT.Selection, action);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(b);
		return b;
	}

	void show(ConsoleState s) {
		this.state = s;
		dial.setText(s.mode() == OperatorMode.RINGING ? Messages.Popup_answer : Messages.Key_dial);
		mark(pickup, s.pending() == PendingAction.PICKUP);
		mark(bargeIn, s.pending() == PendingAction.BARGE_IN);
		mark(forceRelease, s.pending() == PendingAction.FORCE_RELEASE);
		bind.setEnabled(!s.bound() && !s.position().isEmpty());
		offline.setText(s.online() ? Messages.Key_goOffline : Messages.Key_goOnline);
		forwarding.setText(s.forwarding().isPresent() ? Messages.Key_cancelForward : Messages.Key_forward);
		night.setText(s.nightService() ? Messages.Key_nightService : Messages.Key_dayService);
		dial.getParent().getParent().layout(true, true);
	}

	/** A pending key looks pressed until its target is given. */
	private static void mark(Button b, boolean pending) {
		b.setFont(pending ? JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT) : null);
		String text = b.getText().replaceFirst("^▶ ", "");
		b.setText(pending ? "▶ " + text : text);
	}

	/** Sets the digit keys' height; the caller lays the keypad out again. */
	void setDigitHeight(int height) {
		for (Button b : digitKeys) {
			((org.eclipse.swt.layout.GridData) b.getLayoutData()).heightHint = height;
		}
	}

	/** The programmable keys (F12): label and digits from the settings; an unused key is greyed. */
	void showSpeedKeys(List<ConsoleSettings.SpeedKey> keys) {
		speedKeySettings = keys;
		for (int i = 0; i < speedKeys.length; i++) {
			ConsoleSettings.SpeedKey k = i < keys.size() ? keys.get(i) : new ConsoleSettings.SpeedKey("", "");
			speedKeys[i].setText(k.isUsed() ? (k.label().isBlank() ? k.digits() : k.label() + "  " + k.digits())
					: NLS.bind(Messages.Key_speedEmpty, i + 1));
			speedKeys[i].setEnabled(k.isUsed());
			speedKeys[i].setToolTipText(k.digits());
		}
	}

	private void dialSpeedKey(int index) {
		if (index < speedKeySettings.size() && speedKeySettings.get(index).isUsed()) {
			String digits = speedKeySettings.get(index).digits();
			part.run(() -> part.console().enter(digits), false);
		}
	}

	private void toggleForwarding() {
		if (state.forwarding().isPresent()) {
			part.run(() -> part.console().setForwarding(Optional.empty()), false);
			return;
		}
		ConsoleSettings settings = part.settings();
		String proposed = part.typed().isBlank() ? settings.forwardNumber() : part.typed();
		ForwardingDialog dialog = new ForwardingDialog(dial.getShell(), proposed,
				part.typed().isBlank() && settings.forwardExternal());
		if (dialog.open() == IDialogConstants.OK_ID) {
			Forwarding target = dialog.result();
			part.run(() -> part.console().setForwarding(Optional.of(target)), true);
		}
	}

}
