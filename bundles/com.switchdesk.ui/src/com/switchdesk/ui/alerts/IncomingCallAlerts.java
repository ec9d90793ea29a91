package com.switchdesk.ui.alerts;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.swt.widgets.Shell;

import com.switchdesk.callcontrol.ConsoleState;
import com.switchdesk.callcontrol.ConsoleTopics;
import com.switchdesk.callcontrol.OperatorConsole;
import com.switchdesk.callcontrol.OperatorMode;
import com.switchdesk.callcontrol.QueueEntry;
import com.switchdesk.ui.settings.ConsoleSettings;

/**
 * The PC's reaction to calls at the operator position, in every perspective (an e4 add-on): the
 * popup for the first call that rings while the operator is free (F08), and the ringtone while any
 * call rings there (F09) — tone 0 for internal callers, the customer's tone for outside callers.
 */
public class IncomingCallAlerts {

	@Inject
	private MApplication application;
	@Inject
	@Optional
	private OperatorConsole console;

	private final RingtonePlayer ringtones = new RingtonePlayer();
	private AlertSettings settings = AlertSettings.DEFAULTS;
	private IncomingCallPopup popup;

	/** Popup mode and ringtones follow the administrator's settings. */
	@Inject
	@Optional
	void settingsChanged(ConsoleSettings changed) {
		this.settings = changed.alerts();
	}

	@Inject
	@Optional
	void stateChanged(@UIEventTopic(ConsoleTopics.STATE) ConsoleState state) {
		java.util.Optional<QueueEntry> ringing = state.mode() == OperatorMode.RINGING
				? state.queue().stream().filter(e -> e.state() == QueueEntry.State.WAITING).findFirst()
				: java.util.Optional.empty();
		ring(ringing);
		showPopup(ringing);
	}

	private void ring(java.util.Optional<QueueEntry> call) {
		if (call.isEmpty() || !settings.ringtonesEnabled()) {
			ringtones.stop();
			return;
		}
		QueueEntry c = call.get();
		String tone = !c.external() ? settings.internalTone() : c.ringtone().isEmpty() ? settings.externalTone() : c.ringtone();
		ringtones.ring(tone, true);
	}

	private void showPopup(java.util.Optional<QueueEntry> call) {
		if (popup != null && (call.isEmpty() || !popup.callId().equals(call.get().callId()) || !popup.isOpen())) {
			popup.close();
			popup = null;
		}
		if (call.isEmpty() || popup != null || settings.popup() == AlertSettings.Popup.OFF || console == null) {
			return;
		}
		Shell owner = mainShell();
		if (owner == null) {
			return;
		}
		popup = new IncomingCallPopup(owner, call.get(), new IncomingCallPopup.Actions() {
			@Override
			public void answer(String callId) {
				console.answer(callId);
			}

			@Override
			public void hangUp(String callId) {
				console.reject(callId);
			}
		});
		if (settings.popup() == AlertSettings.Popup.ON_AND_FLASH) {
			flash(popup, owner, 20);
		}
	}

	private void flash(IncomingCallPopup p, Shell owner, int remaining) {
		if (remaining == 0 || !p.isOpen() || p != popup) {
			return;
		}
		p.flash();
		owner.getDisplay().timerExec(400, () -> flash(p, owner, remaining - 1));
	}

	private Shell mainShell() {
		return application.getChildren().isEmpty() ? null
				: application.getChildren().get(0).getWidget() instanceof Shell s && !s.isDisposed() ? s : null;
	}

	/** For tests: the tone asked for now, if any. */
	public java.util.Optional<String> currentTone() {
		return java.util.Optional.ofNullable(ringtones.currentTone());
	}

	@PreDestroy
	void dispose() {
		ringtones.stop();
		if (popup != null) {
			popup.close();
		}
	}
}
