package com.switchdesk.ui.prefs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

import com.switchdesk.callcontrol.PbxConnection;
import com.switchdesk.callcontrol.PbxConnection.ConnectorType;
import com.switchdesk.pbx.ConnectorSettings;
import com.switchdesk.ui.WidgetIds;
import com.switchdesk.ui.operator.Texts;

/**
 * The PBX connection preferences (F38): the connector (simulator or serial) and the serial
 * parameters (port list from the PC, speed, data bits, parity, stop bits). OK applies at once: the
 * console reconnects with the new settings.
 */
public class ConnectionPreferencePage extends PreferencePage {

	private static final String[] BAUDS = { "1200", "2400", "4800", "9600", "19200", "38400", "57600", "115200" };
	private static final String[] PARITY_VALUES = { "none", "even", "odd" };

	private final PbxConnection connection;
	private List<ConnectorType> types = List.of();
	private Combo type;
	private Combo port;
	private Combo baud;
	private Combo dataBits;
	private Combo parity;
	private Combo stopBits;
	private Spinner traffic;
	private Group serial;
	private Group simulator;

	public ConnectionPreferencePage(PbxConnection connection) {
		super(Messages.Page_title);
		this.connection = connection;
		setDescription(Messages.Page_description);
		noDefaultAndApplyButton();
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite root = WidgetIds.tag(new Composite(parent, SWT.NONE), "prefs.connection");
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(root);
		ConnectorSettings current = connection == null ? ConnectorSettings.simulator() : connection.settings();
		types = connection == null ? List.of() : connection.availableTypes();

		new Label(root, SWT.NONE).setText(Messages.Connector);
		type = WidgetIds.tag(new Combo(root, SWT.READ_ONLY), "prefs.connector");
		types.forEach(t -> type.add(name(t)));
		type.select(Math.max(0, indexOfType(current.type())));
		type.addListener(SWT.Selection, e -> enableGroups());

		serial = group(root, Messages.Serial_group);
		port = WidgetIds.tag(combo(serial, Messages.Serial_port, SWT.DROP_DOWN), "prefs.serial.port");
		port.setToolTipText(Messages.Serial_portTip);
		SerialPorts.list().forEach(port::add);
		port.setText(current.get("serial.port").orElse(""));
		baud = WidgetIds.tag(combo(serial, Messages.Serial_baud, SWT.DROP_DOWN), "prefs.serial.baud");
		baud.setItems(BAUDS);
		baud.setText(current.get("serial.baud").orElse("9600"));
		dataBits = combo(serial, Messages.Serial_dataBits, SWT.READ_ONLY);
		dataBits.setItems("7", "8");
		dataBits.setText(current.get("serial.dataBits").orElse("8"));
		parity = combo(serial, Messages.Serial_parity, SWT.READ_ONLY);
		parity.setItems(Messages.Parity_none, Messages.Parity_even, Messages.Parity_odd);
		parity.select(Math.max(0, List.of(PARITY_VALUES).indexOf(current.get("serial.parity").orElse("none"))));
		stopBits = combo(serial, Messages.Serial_stopBits, SWT.READ_ONLY);
		stopBits.setItems("1", "2");
		stopBits.setText(current.get("serial.stopBits").orElse("1"));

		simulator = group(root, Messages.Sim_group);
		new Label(simulator, SWT.NONE).setText(Messages.Sim_traffic);
		traffic = WidgetIds.tag(new Spinner(simulator, SWT.BORDER), "prefs.sim.traffic");
		traffic.setValues(current.getInt("sim.trafficPerMinute", 0), 0, 120, 0, 1, 10);
		traffic.setToolTipText(Messages.Sim_trafficTip);

		Label now = new Label(root, SWT.WRAP);
		now.setText(NLS.bind(Messages.Current, connection == null ? "—" : Texts.connection(connection.status())));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(380, SWT.DEFAULT).applyTo(now);
		enableGroups();
		return root;
	}

	private int indexOfType(String t) {
		for (int i = 0; i < types.size(); i++) {
			if (types.get(i).type().equals(t)) {
				return i;
			}
		}
		return -1;
	}

	private static Group group(Composite parent, String title) {
		Group g = new Group(parent, SWT.NONE);
		g.setText(title);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(g);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(g);
		return g;
	}

	private static Combo combo(Composite parent, String label, int style) {
		new Label(parent, SWT.NONE).setText(label);
		Combo c = new Combo(parent, style);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(c);
		return c;
	}

	private String selectedType() {
		int i = type.getSelectionIndex();
		return i < 0 || i >= types.size() ? ConnectorSettings.DEFAULT_TYPE : types.get(i).type();
	}

	private void enableGroups() {
		boolean isSerial = "serial".equals(selectedType());
		for (Control c : serial.getChildren()) {
			c.setEnabled(isSerial);
		}
		for (Control c : simulator.getChildren()) {
			c.setEnabled("sim".equals(selectedType()));
		}
	}

	@Override
	public boolean performOk() {
		// the dialog asks every page, also one the user never opened (it reopens on the page shown last)
		if (connection == null || type == null) {
			return true;
		}
		Map<String, String> values = new HashMap<>();
		String t = selectedType();
		if ("serial".equals(t)) {
			if (port.getText().isBlank()) {
				setErrorMessage(Messages.Error_portNeeded);
				return false;
			}
			values.put("serial.port", SerialPorts.pathOf(port.getText()));
			values.put("serial.baud", baud.getText().strip());
			values.put("serial.dataBits", dataBits.getText());
			values.put("serial.parity", PARITY_VALUES[Math.max(0, parity.getSelectionIndex())]);
			values.put("serial.stopBits", stopBits.getText());
		} else if ("sim".equals(t)) {
			values.put("sim.trafficPerMinute", Integer.toString(traffic.getSelection()));
		}
		try {
			connection.apply(new ConnectorSettings(t, values));
			return true;
		} catch (IllegalArgumentException e) {
			setErrorMessage(NLS.bind(Messages.Error_apply, e.getMessage()));
			return false;
		}
	}

	/** The connectors this product ships are named in the console's language; others by their own name. */
	private static String name(ConnectorType connector) {
		return switch (connector.type()) {
		case "sim" -> Messages.Connector_sim;
		case "serial" -> Messages.Connector_serial;
		default -> connector.displayName();
		};
	}
}
