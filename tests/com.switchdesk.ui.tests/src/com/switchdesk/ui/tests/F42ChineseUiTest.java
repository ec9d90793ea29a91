package com.switchdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.Test;

/**
 * F42 in Simplified Chinese, and F41 at run time: the second surefire execution starts the product with
 * {@code -nl zh_CN} and the sample customer profile {@code product/customers/grand-hotel}, so the window
 * must carry that customer's Chinese name and its own icons, and the About dialog its logo.
 */
class F42ChineseUiTest extends LanguageScreens {

	@Override
	protected Expected expected() {
		return new Expected("zh_CN", "\u5927\u9152\u5e97\u603b\u673a", "\u6587\u4ef6(&F)", "\u7a97\u53e3(&W)",
				"\u5e2e\u52a9(&H)", "\u5750\u5e2d", "\u7ba1\u7406", "\u5173\u4e8e \u5927\u9152\u5e97\u603b\u673a",
				"\u5173\u95ed", "\u6fc0\u6d3b(&A)");
	}

	@Test
	void f41_windowCarriesTheCustomersIconsInEverySize() {
		Image[] icons = ui.onUi(() -> console.shell().getImages());
		int[] sides = ui.onUi(() -> Arrays.stream(icons).mapToInt(i -> i.getBounds().width).sorted().toArray());
		assertEquals("[16, 32, 48, 64, 128, 256]", Arrays.toString(sides), "the profile's six window icons");
		// the grand-hotel icons are hotel red and gold; the product's own are blue
		RGB average = ui.onUi(() -> averageColour(icons[0].getImageData()));
		assertTrue(average.red > average.blue, "a red icon, found " + average);
	}

	private static RGB averageColour(ImageData data) {
		long red = 0;
		long blue = 0;
		long count = 0;
		for (int y = 0; y < data.height; y++) {
			for (int x = 0; x < data.width; x++) {
				if (data.getAlpha(x, y) > 128) {
					RGB rgb = data.palette.getRGB(data.getPixel(x, y));
					red += rgb.red;
					blue += rgb.blue;
					count++;
				}
			}
		}
		return count == 0 ? new RGB(0, 0, 0) : new RGB((int) (red / count), 0, (int) (blue / count));
	}

	@Test
	void f41_aboutShowsTheCustomersLogo() {
		console.menu('h', 'a');
		Label logo = ui.widget("about.logo");
		Rectangle size = ui.onUi(() -> logo.getImage().getBounds());
		assertEquals(160, size.width, "grand-hotel/logo.png is 160 pixels wide; the product's own 128");
		ui.click(ui.widget("about.ok"));
	}
}
