package com.switchdesk.pbx.model;

import java.util.Objects;

/**
 * What the PBX says about itself.
 *
 * @param model          model name, e.g. "SwitchDesk simulator"
 * @param version        firmware or protocol version
 * @param parkSupported  whether the model has system park (系统驻留)
 */
public record PbxInfo(String model, String version, boolean parkSupported) {

	public PbxInfo {
		Objects.requireNonNull(model);
		Objects.requireNonNull(version);
	}

	public String describe() {
		return model + " " + version;
	}
}
