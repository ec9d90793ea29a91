package com.switchdesk.ui.operator;

import java.time.Instant;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

import com.switchdesk.callcontrol.ConsoleNotice;
import com.switchdesk.callcontrol.ConsoleState;
import com.switchdesk.callcontrol.ConsoleTopics;
import com.switchdesk.callcontrol.OperatorConsole;
import com.switchdesk.callcontrol.PendingAction;
import com.switchdesk.ui.WidgetIds;
import com.switchdesk.ui.settings.ConsoleSettings;

/**
 * The keypad (seed 3.8, 3.9, figure 20): company name, status area, the number being dialed,
 * digits, and every call and console key. Keyboard first: with keyboard input on, digits, Enter,
 * Backspace, Delete, + and Esc typed anywhere in the operator view act on the keypad; the
 * function keys F3 and F8–F12 are key bindings of the window.
 */
public class KeypadPart {

	@Inject
	private UISynchronize ui;
	@Inject
	@Optional
	private OperatorConsole console;

	private Composite root;
	private Label company;
	private Label description;
	private StatusArea status;
	private Text number;
	private KeypadKeys keys;
	private Listener keyboardFilter;
	private ConsoleSettings settings = ConsoleSettings.DEFAULTS;
	private ScrolledComposite scroller;
	/** The keypad\'s height when {@link #fit()} last sized the digits. */
	private int fittedHeight = -1;

	@PostConstruct
	void create(Composite parent) {
		// a small screen scrolls the keypad rather than hiding keys
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		root = WidgetIds.tag(new Composite(scroller, SWT.NONE), "keypad");
		scroller.setContent(root);
		scroller.addListener(SWT.Resize, e -> fit());
		GridLayoutFactory.swtDefaults().margins(8, 8).spacing(6, 6).applyTo(root);

		company = WidgetIds.tag(new Label(root, SWT.WRAP), "keypad.company");
		company.setFont(JFaceResources.getHeaderFont());
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(company);
		description = WidgetIds.tag(new Label(root, SWT.WRAP), "keypad.description");
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(description);

		status = new StatusArea(root);

		number = WidgetIds.tag(new Text(root, SWT.BORDER | SWT.SINGLE | SWT.RIGHT), "keypad.number");
		number.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.TEXT_FONT));
		number.setTextLimit(32);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(number);
		number.addListener(SWT.Verify, e -> e.doit = e.text.chars().allMatch(c -> "0123456789*#".indexOf(c) >= 0));
		number.addListener(SWT.DefaultSelection, e -> dialOrAnswer());
		status.keyboardInputSwitch().addListener(SWT.Selection,
				e -> number.setEditable(status.keyboardInputSwitch().getSelection()));

		keys = new KeypadKeys(root, this);

		keyboardFilter = this::keyTyped;
		root.getDisplay().addFilter(SWT.KeyDown, keyboardFilter);
		root.addListener(SWT.Dispose, e -> root.getDisplay().removeFilter(SWT.KeyDown, keyboardFilter));

		showSettings(settings);
		if (console != null) {
			show(console.state());
		}
		startTimer();
	}

	/** The administrator's settings changed: company name and text (F11), speed keys (F12). */
	@Inject
	@Optional
	void settingsChanged(ConsoleSettings changed) {
		settings = changed;
		if (root != null && !root.isDisposed()) {
			showSettings(changed);
		}
	}

	private void showSettings(ConsoleSettings s) {
		showCompany(s.companyName(), s.companyDescription());
		keys.showSpeedKeys(s.speedKeys());
	}

	ConsoleSettings settings() {
		return settings;
	}

	/** The company name and description shown above the keypad (F11). */
	private void showCompany(String name, String text) {
		company.setText(name);
		description.setText(text);
		((GridData) company.getLayoutData()).exclude = name.isEmpty();
		((GridData) description.getLayoutData()).exclude = text.isEmpty();
		company.setVisible(!name.isEmpty());
		description.setVisible(!text.isEmpty());
		fit();
	}

	/**
	 * Fits the keypad to its area: when the window is short the digit keys give up height first
	 * (down to a size still easy to hit), and only then does the keypad scroll. GTK's overlay
	 * scroll bars are hidden until the pointer moves, so a scrolled-off key would look missing.
	 */
	private void fit() {
		if (scroller == null || scroller.isDisposed()) {
			return;
		}
		int width = scroller.getClientArea().width;
		int available = scroller.getClientArea().height;
		keys.setDigitHeight(KeypadKeys.DIGIT_HEIGHT);
		int excess = root.computeSize(width, SWT.DEFAULT, true).y - available;
		if (excess > 0 && available > 0) {
			int perRow = (excess + KeypadKeys.DIGIT_ROWS - 1) / KeypadKeys.DIGIT_ROWS;
			keys.setDigitHeight(Math.max(KeypadKeys.MIN_DIGIT_HEIGHT, KeypadKeys.DIGIT_HEIGHT - perRow));
		}
		fittedHeight = root.computeSize(width, SWT.DEFAULT, true).y;
		scroller.setMinHeight(fittedHeight);
		root.layout(true, true);
	}

	/** The status area grows with a transfer's parties or a message: the keys must still fit below it. */
	private void fitIfChanged() {
		if (scroller != null && !scroller.isDisposed()
				&& root.computeSize(scroller.getClientArea().width, SWT.DEFAULT, true).y != fittedHeight) {
			fit();
		}
	}

	@Inject
	@Optional
	void stateChanged(@UIEventTopic(ConsoleTopics.STATE) ConsoleState state) {
		if (root != null && !root.isDisposed()) {
			show(state);
		}
	}

	@Inject
	@Optional
	void noticed(@UIEventTopic(ConsoleTopics.NOTICE) ConsoleNotice notice) {
		if (root == null || root.isDisposed()) {
			return;
		}
		switch (notice.kind()) {
		case REFUSED -> notice.error().ifPresent(e -> status.showMessage(Texts.refusal(e), true));
		case BINDING_LOST -> status.showMessage(Messages.Notice_bindingLost, true);
		case AUTO_RETURNED -> status.showMessage(Messages.Notice_autoReturned, false);
		case INCOMING_CALL -> {
			// a new caller: an old refusal in red would read as news about this call
			status.clearMessage();
			number.setFocus();
		}
		}
		fitIfChanged();
	}

	private void show(ConsoleState state) {
		status.show(state);
		keys.show(state);
		fitIfChanged();
	}

	private void startTimer() {
		root.getDisplay().timerExec(1000, new Runnable() {
			@Override
			public void run() {
				if (!root.isDisposed()) {
					status.tick(Instant.now());
					root.getDisplay().timerExec(1000, this);
				}
			}
		});
	}

	@Focus
	void focus() {
		number.setFocus();
	}

	// ---- actions, called by the keys ----

	String typed() {
		return number.getText();
	}

	void type(String digits) {
		number.insert(digits);
		number.setFocus();
	}

	void backspace() {
		String t = number.getText();
		if (!t.isEmpty()) {
			number.setText(t.substring(0, t.length() - 1));
			number.setSelection(t.length() - 1);
		}
		number.setFocus();
	}

	void clear() {
		number.setText("");
		number.setFocus();
	}

	void dialOrAnswer() {
		String digits = typed();
		run(() -> console.enter(digits), true);
	}

	/** Runs an action; a success clears the message (and the number when asked); refusals come as notices. */
	void run(Supplier<CompletionStage<Void>> action, boolean clearNumber) {
		if (console == null) {
			return;
		}
		// keys never keep the keyboard: typing and Enter always go to the number field
		number.setFocus();
		status.clearMessage();
		action.get().thenRun(() -> ui.asyncExec(() -> {
			if (clearNumber && !number.isDisposed()) {
				number.setText("");
			}
		}));
	}

	OperatorConsole console() {
		return console;
	}

	java.util.Optional<String> typedTarget() {
		String t = typed().strip();
		return t.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(t);
	}

	// ---- keyboard first ----

	private void keyTyped(Event e) {
		if (!status.keyboardInputSwitch().getSelection() || !root.isVisible() || console == null) {
			return;
		}
		Control focus = e.display.getFocusControl();
		boolean ours = focus == number || (focus != null && isInside(focus));
		// widgets with keys of their own keep them: text fields, and the board, where typing locates
		boolean ownKeys = focus instanceof Text || focus instanceof Combo || focus instanceof Canvas;
		if ((ownKeys && !ours) || focus == null || focus.getShell() != root.getShell()) {
			return;
		}
		if (!ours && focus instanceof Table
				&& (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR || e.keyCode == SWT.ESC)) {
			// in the queue, Enter answers the selected row
			return;
		}
		if (focus == number) {
			// the text field handles digits and editing keys itself; Enter comes as DefaultSelection
			if (e.keyCode == SWT.ESC) {
				escape();
				e.doit = false;
			} else if (e.keyCode == SWT.DEL) {
				// the seed's C key is Delete: it clears the whole number
				clear();
				e.doit = false;
			} else if (e.character == '+') {
				postDial();
				e.doit = false;
			}
			return;
		}
		if ("0123456789*#".indexOf(e.character) >= 0 && e.character != 0) {
			type(String.valueOf(e.character));
		} else if (e.character == '+') {
			postDial();
		} else if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
			dialOrAnswer();
		} else if (e.keyCode == SWT.BS) {
			backspace();
		} else if (e.keyCode == SWT.DEL) {
			clear();
		} else if (e.keyCode == SWT.ESC) {
			escape();
		} else {
			return;
		}
		e.doit = false;
	}

	/**
	 * Esc cancels a key still waiting for its target (pickup, barge-in, force release), as the board's banner
	 * says; only without one does it release the call, so cancelling never hangs up on the caller.
	 */
	private void escape() {
		if (console != null && console.state().pending() != PendingAction.NONE) {
			console.cancelPending();
			number.setFocus();
			return;
		}
		run(console::hangUp, false);
	}

	void postDial() {
		String digits = typed();
		run(() -> console.sendDigits(digits), true);
	}

	private boolean isInside(Control c) {
		for (Control p = c; p != null; p = p.getParent()) {
			if (p == root) {
				return true;
			}
		}
		return false;
	}
}
