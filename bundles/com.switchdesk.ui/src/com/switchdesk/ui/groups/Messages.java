package com.switchdesk.ui.groups;

import org.eclipse.osgi.util.NLS;

/** The texts of group management and the board's group tabs, in English and Simplified Chinese. */
public final class Messages extends NLS {
	public static String Groups_title;
	public static String Groups_noStore;
	public static String Groups_colName;
	public static String Groups_colSize;
	public static String Groups_new;
	public static String Groups_rename;
	public static String Groups_delete;
	public static String Groups_newTitle;
	public static String Groups_renameTitle;
	public static String Groups_nameMessage;
	public static String Groups_nameRequired;
	public static String Groups_nameTooLong;
	public static String Groups_created;
	public static String Groups_renamed;
	public static String Groups_deleteTitle;
	public static String Groups_deleteQuestion;
	public static String Groups_deleted;
	public static String Members_title;
	public static String Members_none;
	public static String Members_filterHint;
	public static String Members_checkShown;
	public static String Members_checkShownTip;
	public static String Members_uncheckShown;
	public static String Members_uncheckShownTip;
	public static String Members_colNumber;
	public static String Members_colName;
	public static String Members_colOtherGroups;
	public static String Members_notOnBoard;
	public static String Members_count;
	public static String Members_pending;
	public static String Members_save;
	public static String Members_revert;
	public static String Members_saved;
	public static String Members_discard;
	public static String Tabs_frequent;
	public static String Tabs_ungrouped;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
