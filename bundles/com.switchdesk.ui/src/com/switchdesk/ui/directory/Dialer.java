package com.switchdesk.ui.directory;

import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;

import com.switchdesk.callcontrol.OperatorConsole;
import com.switchdesk.model.PhoneNumbers;

/**
 * One-click dial from a view (F06, F10): the number goes to the console as if typed on the keypad and Enter
 * pressed ({@link OperatorConsole#enter}); during a call that starts a transfer, as the keypad does. The outcome
 * (or the console's or PBX's refusal) is reported to the view.
 */
public final class Dialer {

	private final Supplier<OperatorConsole> console;
	private final Background background;
	private final BiConsumer<String, Boolean> report;

	/** @param report told the outcome: a sentence, and whether it is a failure */
	public Dialer(Supplier<OperatorConsole> console, Background background, BiConsumer<String, Boolean> report) {
		this.console = console;
		this.background = background;
		this.report = report;
	}

	/**
	 * @param number the number as stored or logged
	 * @param who    whom it reaches, for the message; "" when unknown
	 */
	public void dial(String number, String who) {
		OperatorConsole c = console.get();
		String digits = digits(number);
		String target = who == null || who.isBlank() ? digits : who + " (" + digits + ")";
		if (c == null) {
			report.accept(Messages.Dial_noConsole, true);
			return;
		}
		if (digits.isEmpty()) {
			report.accept(Messages.Dial_noNumber, true);
			return;
		}
		report.accept(NLS.bind(Messages.Dial_dialing, target), false);
		background.await(c.enter(digits), done -> report.accept(NLS.bind(Messages.Dial_dialed, target), false),
				error -> report.accept(Failures.text(error), true));
	}

	/**
	 * The digits to dial: the number without separators; an international "+" becomes the access code 00,
	 * since a PBX dials digits only.
	 */
	public static String digits(String number) {
		String n = PhoneNumbers.normalize(number);
		return n.startsWith("+") ? "00" + n.substring(1) : n;
	}
}
