package com.switchdesk.pbx.model;

public enum CallerIdMode {
	FSK, DTMF
}
