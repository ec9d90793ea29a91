package com.switchdesk.ui.board;

import java.util.concurrent.CompletionStage;

/**
 * What the board's tiles offer beyond call control, provided by whoever owns it (the console sends
 * {@code SetExtensionName}; details and services open their own views). Put an implementation into
 * the e4 context (or register it as an OSGi service); without one, those menu items are greyed.
 * <p>
 * Threading: called on the display thread; must return at once and never block it.
 */
public interface BoardActions {

	/**
	 * Stores a new user name for the extension on the PBX ("" removes it). The board shows it when
	 * the PBX reports the change; the stage fails with a message the operator can read.
	 */
	CompletionStage<Void> rename(String number, String userName);

	/** Shows the extension user's details (seed 3.4.2 (3)). */
	void showDetails(String number);

	/** Shows the extension's services (seed 3.4.2 (4), 3.6). */
	void showServices(String number);
}
