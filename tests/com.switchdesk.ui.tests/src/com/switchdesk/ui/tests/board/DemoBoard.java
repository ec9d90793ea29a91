package com.switchdesk.ui.tests.board;

import java.util.ArrayList;
import java.util.List;

import com.switchdesk.pbx.model.DeviceState;
import com.switchdesk.pbx.model.Extension;
import com.switchdesk.pbx.model.ExtensionKind;

/** Test extensions from 8000 up: the first nine show each state once, every third has no name. */
final class DemoBoard {

	private static final String[] NAMES = { "Front desk", "张伟", "Room service", "前台", "J. Smith", "客房部",
			"Housekeeping", "王芳" };

	private DemoBoard() {
	}

	static List<Extension> extensions(int count) {
		List<Extension> list = new ArrayList<>(count);
		DeviceState[] states = DeviceState.values();
		for (int i = 0; i < count; i++) {
			DeviceState state = i < states.length ? states[i] : DeviceState.IDLE;
			String name = i % 3 == 2 ? "" : NAMES[i % NAMES.length];
			list.add(new Extension(String.valueOf(8000 + i), name, ExtensionKind.EXTENSION, state, false));
		}
		return list;
	}

	/** The number of the {@code i}-th test extension. */
	static String number(int i) {
		return String.valueOf(8000 + i);
	}
}
