package com.switchdesk.ui.settings;

import org.eclipse.osgi.util.NLS;

/** The texts of the settings view and the PBX prerequisites check, in English and Simplified Chinese. */
public final class Messages extends NLS {
	public static String Settings_title;
	public static String Settings_noStore;
	public static String Settings_save;
	public static String Settings_undo;
	public static String Settings_undoTip;
	public static String Settings_unsaved;
	public static String Settings_saved;
	public static String Settings_refused;
	public static String Settings_companySection;
	public static String Settings_companyNote;
	public static String Settings_companyName;
	public static String Settings_companyDescription;
	public static String Settings_companyDescriptionHint;
	public static String Settings_callsSection;
	public static String Settings_popup;
	public static String Settings_popupOff;
	public static String Settings_popupOn;
	public static String Settings_popupFlash;
	public static String Settings_ringtones;
	public static String Settings_ringtonesOn;
	public static String Settings_internalTone;
	public static String Settings_customerTones;
	public static String Settings_keysSection;
	public static String Settings_keysNote;
	public static String Settings_key1Label;
	public static String Settings_key1Digits;
	public static String Settings_key2Label;
	public static String Settings_key2Digits;
	public static String Settings_forwardingSection;
	public static String Settings_forwardingNote;
	public static String Settings_forwardNumber;
	public static String Settings_forwardExternal;
	public static String Settings_forwardExternalText;
	public static String Settings_groupForwarding;
	public static String Settings_groupForwardingText;
	public static String Settings_groupNumber;
	public static String Settings_dayMember;
	public static String Settings_dayIndex;
	public static String Settings_nightMember;
	public static String Settings_nightIndex;
	public static String Settings_yes;
	public static String Settings_indexNote;
	public static String Prereq_title;
	public static String Prereq_intro;
	public static String Prereq_check;
	public static String Prereq_fix;
	public static String Prereq_fixTip;
	public static String Prereq_colItem;
	public static String Prereq_colRequired;
	public static String Prereq_colNow;
	public static String Prereq_colState;
	public static String Prereq_CALL_WAITING;
	public static String Prereq_CALL_WAITING_MODE;
	public static String Prereq_INTERNAL_TRANSFER;
	public static String Prereq_EXTERNAL_TRANSFER;
	public static String Prereq_RECALL;
	public static String Prereq_OUTGOING_ON_BEHALF;
	public static String Prereq_BARGE_SWITCH;
	public static String Prereq_BARGE_LEVEL;
	public static String Prereq_on;
	public static String Prereq_off;
	public static String Prereq_operatorMode;
	public static String Prereq_callHold;
	public static String Prereq_levelOrBetter;
	public static String Prereq_ok;
	public static String Prereq_missing;
	public static String Prereq_noPbx;
	public static String Prereq_reading;
	public static String Prereq_allMet;
	public static String Prereq_someMissing;
	public static String Prereq_writing;
	public static String Prereq_written;
	public static String Prereq_refused;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
