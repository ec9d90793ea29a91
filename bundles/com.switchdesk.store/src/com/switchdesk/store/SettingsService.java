package com.switchdesk.store;

import java.util.List;
import java.util.Set;

import com.switchdesk.model.Settings;

/**
 * The console's settings (F08, F09, F11–F13), stored in the database so that every operator of one installation
 * shares them. Reading needs no session (the popup and the ringer read them); saving is for administrators.
 * <p>
 * Rules ({@link #validate}): company name up to 64 characters and description up to 200; a popup mode; ringtone
 * ids of letters, digits, '.', '_' and '-'; speed-key labels up to 16 characters and digits up to 32 of
 * {@code 0-9 * #} (a label needs digits); a default forwarding number of digits, '*' and '#'; operator group
 * number 0 to 9999 and member indexes 0 to 255 (positions counted from 0, as the PBX does).
 */
public interface SettingsService {

	/** @return a fresh copy of the stored settings; defaults for whatever was never saved */
	Settings current();

	/**
	 * Which settings an administrator has saved, so that a console can keep its own defaults (the customer
	 * profile's) for the others. Needs no session.
	 *
	 * @return the names of the {@link Settings} attributes stored in the database (e.g. "companyName"); empty
	 *         before the first save
	 */
	Set<String> savedAttributes();

	/** @return the problems; empty when {@link #save} would accept the settings */
	List<Problem> validate(Settings settings);

	/**
	 * <i>Administrator</i>: stores all settings at once, in one transaction.
	 *
	 * @return a fresh copy as stored
	 * @throws ValidationException a setting breaks a rule; nothing was stored
	 */
	Settings save(OperatorSession session, Settings settings);
}
