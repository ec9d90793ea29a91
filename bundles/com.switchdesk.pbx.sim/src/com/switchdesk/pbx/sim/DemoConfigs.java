package com.switchdesk.pbx.sim;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.switchdesk.pbx.model.GroupKind;
import com.switchdesk.pbx.model.OperatorGroup;
import com.switchdesk.pbx.model.PbxInfo;

/** Ready-made exchanges for demos, tests and benchmarks. */
public final class DemoConfigs {

	/** The operator position of the demo exchanges. */
	public static final String OPERATOR = "8000";
	/** The intelligent operator group's pilot number: external callers to the company land here. */
	public static final String COMPANY_PILOT = "999";

	private static final Map<String, String> HOTEL_NAMES = Map.ofEntries(Map.entry("8001", "大堂经理 Lobby"),
			Map.entry("8002", "Mr. 陈"), Map.entry("8006", "张三"), Map.entry("8008", "李四"), Map.entry("8010", "王五"),
			Map.entry("8012", "餐厅 Restaurant"), Map.entry("8015", "客房服务 Housekeeping"),
			Map.entry("8020", "夜班经理 Night manager"), Map.entry("8030", "Ms. Smith"), Map.entry("8088", "总经理 GM"));

	private DemoConfigs() {
	}

	/**
	 * A hotel: operator position 8000; extensions 8001–8199, some named; 8088 (the general manager)
	 * with barge level 0 so nobody may barge in; 8090–8099 office extensions; 8050 out of service;
	 * 8060 on do-not-disturb. Group 0 is the operator group, pilot 999 (day: 8000, night: 8020);
	 * group 1 the operator hunt group, pilot 998 (8001, 8015). Park slots 701–705, 8 trunks.
	 */
	public static SimConfig hotel() {
		List<ExtensionSpec> extensions = new ArrayList<>();
		extensions.add(ExtensionSpec.operator(OPERATOR, "总机 Operator"));
		for (int n = 8001; n <= 8199; n++) {
			String number = Integer.toString(n);
			ExtensionSpec spec = ExtensionSpec.extension(number, HOTEL_NAMES.getOrDefault(number, ""));
			if (n == 8088) {
				spec = spec.withServices(spec.services().toBuilder().bargeLevel(0).build());
			}
			if (n >= 8090 && n <= 8099) {
				spec = new ExtensionSpec(number, "办公室 Office " + number.substring(2), spec.kind(), spec.services(),
						true, false);
			}
			if (n == 8050) {
				spec = spec.asOutOfService();
			}
			if (n == 8060) {
				spec = spec.withServices(spec.services().toBuilder().dndInternal(true).dndExternal(true).build());
			}
			if (n == 8001 || n == 8015) {
				spec = spec.withServices(spec.services().toBuilder().noAnswerToOperator(true).build());
			}
			extensions.add(spec);
		}
		return new SimConfig(new PbxInfo("SwitchDesk simulator", "1.0", true), ZoneId.systemDefault(), extensions,
				standardGroups(), 1, List.of("701", "702", "703", "704", "705"), 8, Duration.ofSeconds(30),
				Duration.ofSeconds(4), new SimConfig.WakeUpRules(Duration.ofSeconds(40), Duration.ofMinutes(5), 3));
	}

	/**
	 * A large exchange for benchmarks: operator 8000 and {@code count} extensions numbered from
	 * 100000, every tenth one named.
	 */
	public static SimConfig large(int count) {
		List<ExtensionSpec> extensions = new ArrayList<>(count + 1);
		extensions.add(ExtensionSpec.operator(OPERATOR, "Operator"));
		for (int i = 0; i < count; i++) {
			String number = Integer.toString(100000 + i);
			extensions.add(ExtensionSpec.extension(number, i % 10 == 0 ? "User " + number : ""));
		}
		SimConfig hotel = hotel();
		return new SimConfig(new PbxInfo("SwitchDesk simulator", "1.0", true), hotel.zone(), extensions,
				List.of(new OperatorGroup(0, COMPANY_PILOT, GroupKind.OPERATOR, List.of(OPERATOR), List.of(OPERATOR))),
				0, hotel.parkSlots(), 64, hotel.ringTimeout(), hotel.externalAnswerDelay(), hotel.wakeUp());
	}

	/** The hotel on a PBX model without system park. */
	public static SimConfig hotelWithoutPark() {
		return hotel().withInfo(new PbxInfo("SwitchDesk simulator (no park)", "1.0", false));
	}

	private static List<OperatorGroup> standardGroups() {
		return List.of(new OperatorGroup(0, COMPANY_PILOT, GroupKind.OPERATOR, List.of(OPERATOR), List.of("8020")),
				new OperatorGroup(1, "998", GroupKind.HUNT, List.of("8001", "8015"), List.of("8020")));
	}

}
