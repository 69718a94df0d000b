namespace InterviewLoop.Server.Tests.Browser;

/// <summary>The pages' shared helpers (wwwroot/js/dom.js), run in Chromium as the pages load them.</summary>
public sealed class DomScriptTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task CountOf_UsesTheSingularForOneOnly_AndAnIrregularPluralWhenGiven()
    {
        var words = await InPageAsync<string[]>("""
            async () => {
              const { countOf } = await import('/js/dom.js');
              return [countOf(0, 'round'), countOf(1, 'round'), countOf(4, 'round'),
                      countOf(1, 'coherence warning'), countOf(2, 'person', 'people')];
            }
            """);

        Assert.Equal(["0 rounds", "1 round", "4 rounds", "1 coherence warning", "2 people"], words);
    }
}
