using System.Diagnostics;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Dyad.Server.Tests.TestSupport;

/// <summary>
/// Headless Debian Chromium driven through chromedriver (both from apt, installed by <c>.ci/run</c>),
/// with the flags that work as root without a network. Nothing is downloaded: the driver path is
/// given, and Selenium Manager is told to stay offline.
/// </summary>
internal sealed class Browser : IDisposable
{
    public const string Chromium = "/usr/bin/chromium";
    public const string Driver = "/usr/bin/chromedriver";

    private Browser(ChromeDriver driver) => Web = driver;

    public ChromeDriver Web { get; }

    /// <summary>True when both are installed; on a developer machine without them the browser tests pass without running (CI installs them and insists).</summary>
    public static bool Available()
    {
        bool present = File.Exists(Chromium) && File.Exists(Driver);
        if (!present && Environment.GetEnvironmentVariable("CI") == "true")
            Assert.Fail($"{Chromium} and {Driver} are required on CI (apt-get install chromium chromium-driver)");
        return present;
    }

    public static Browser Start()
    {
        Environment.SetEnvironmentVariable("SE_OFFLINE", "true");
        var options = new ChromeOptions { BinaryLocation = Chromium };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1400,1300", "--lang=en-US");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Driver)!, Path.GetFileName(Driver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(30);
        driver.Manage().Timeouts().AsynchronousJavaScript = TimeSpan.FromSeconds(30);
        return new Browser(driver);
    }

    /// <summary>Waits up to 20 s for <paramref name="condition"/>; fails naming <paramref name="what"/>.</summary>
    public void Until(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        Exception? last = null;
        while (clock.Elapsed < TimeSpan.FromSeconds(20))
        {
            try
            {
                if (condition()) return;
            }
            catch (WebDriverException e) { last = e; }
            catch (InvalidOperationException e) { last = e; }
            Thread.Sleep(100);
        }
        Assert.Fail($"timed out waiting for {what}{(last is null ? "" : ": " + last.Message)}");
    }

    /// <summary>Waits until the page has finished its requests for the current address.</summary>
    public void Settled(int renderedAtLeast)
    {
        Until(() => Web.ExecuteScript("return document.body.dataset.busy === '0' && Number(document.body.dataset.rendered || 0) >= arguments[0]", renderedAtLeast) is true,
            $"the page to finish rendering (render {renderedAtLeast})");
    }

    public int Rendered() => Convert.ToInt32(Web.ExecuteScript("return Number(document.body.dataset.rendered || 0)"), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Writes a screenshot to the test output folder and returns its path.</summary>
    public string Screenshot(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        Web.GetScreenshot().SaveAsFile(path);
        return path;
    }

    /// <summary>Writes a screenshot of one element (e.g. the map) to the test output folder.</summary>
    public string Screenshot(string name, IWebElement element)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        ((ITakesScreenshot)element).GetScreenshot().SaveAsFile(path);
        return path;
    }

    public void Dispose()
    {
        Web.Quit();
        Web.Dispose();
    }
}
