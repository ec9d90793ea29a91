package com.switchdesk.bench.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.switchdesk.pbx.model.DeviceState;
import com.switchdesk.pbx.model.Extension;
import com.switchdesk.pbx.model.ExtensionKind;

/** A repeatable board for screenshots and the benchmark: Chinese and English names, every state. */
final class DemoExtensions {

	private static final String[] NAMES = { "张伟", "王芳", "前台", "李娜", "Front desk", "刘洋", "客房部", "陈静",
			"Room service", "总经理办公室", "财务室", "J. Smith", "保安室", "Housekeeping", "杨帆", "会议室A", "Night manager",
			"赵敏", "餐饮部", "Conference B", "工程部", "M. García", "孙丽", "Reservations" };

	private DemoExtensions() {
	}

	/** {@code count} extensions from 8000 up; the first row shows every state once, the rest is a busy hotel. */
	static List<Extension> create(int count) {
		Random random = new Random(20261125);
		List<Extension> list = new ArrayList<>(count);
		DeviceState[] all = DeviceState.values();
		for (int i = 0; i < count; i++) {
			String number = String.valueOf(8000 + i);
			DeviceState state = i < all.length ? all[i] : pick(random);
			String name = i % 3 == 2 ? "" : NAMES[(i * 7 + i / 5) % NAMES.length];
			ExtensionKind kind = i == 0 ? ExtensionKind.OPERATOR : ExtensionKind.EXTENSION;
			list.add(new Extension(number, name, kind, state, false));
		}
		return list;
	}

	static DeviceState pick(Random random) {
		int p = random.nextInt(100);
		if (p < 66) {
			return DeviceState.IDLE;
		}
		if (p < 76) {
			return DeviceState.TALKING;
		}
		if (p < 82) {
			return DeviceState.RINGING;
		}
		if (p < 86) {
			return DeviceState.HELD;
		}
		if (p < 88) {
			return DeviceState.PARKED;
		}
		if (p < 91) {
			return DeviceState.DND;
		}
		if (p < 94) {
			return DeviceState.OUT_OF_SERVICE;
		}
		return p < 97 ? DeviceState.DIALING : DeviceState.CALLING;
	}
}
