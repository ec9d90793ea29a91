package com.switchdesk.ui.board;

/**
 * What the operator can do with a tile, by mouse, keyboard or context menu; implemented by the view,
 * which forwards to the call-control console and the injected {@link BoardActions}. Display thread.
 */
interface TileCommands {

	/** A click or Enter: the console dials, or carries out a pending pickup/barge-in/force release. */
	void click(String number);

	/** The context menu's Dial: always a call, even while a key is pending. */
	void dial(String number);

	void pickup(String number);

	void bargeIn(String number);

	void forceRelease(String number);

	void rename(String number);

	void showDetails(String number);

	void showServices(String number);

	/** Esc: clears the located tile and forgets a pending pickup/barge-in/force release key. */
	void escape();

	/** A printable key typed on the board starts type-to-locate with it. */
	void typeToLocate(char character);

	/** Whether the call actions can be sent (the console is there). */
	boolean canCall();

	/** Whether rename, details and services can be offered (board actions are there). */
	boolean canEdit();
}
