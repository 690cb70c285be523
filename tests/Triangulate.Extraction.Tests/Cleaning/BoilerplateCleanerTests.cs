using Triangulate.Core.Model;
using Triangulate.Extraction.Cleaning;
using static Triangulate.Extraction.Tests.Cleaning.CleanerFixtures;

namespace Triangulate.Extraction.Tests.Cleaning;

public sealed class BoilerplateCleanerTests
{
    private readonly BoilerplateCleaner _cleaner = new();

    [Theory]
    [InlineData("© 2024 Harbour Times Media. All rights reserved.")]
    [InlineData("Copyright 2023 Northwind Wire. All rights reserved.")]
    [InlineData("All rights reserved.")]
    [InlineData("(c) 2022 The Valley Courier")]
    [InlineData("This material may not be published, broadcast, rewritten or redistributed.")]
    [InlineData("Do not reproduce this article without written permission.")]
    [InlineData("Copyright Valley Sport 2021, All Rights Reserved")]
    public void Clean_CopyrightLine_RemovedAsCopyright(string line) => AssertRemoved(line, RemovedKinds.Copyright);

    [Theory]
    [InlineData("The museum shop sells mugs with a © symbol printed beside the old logo.")]
    [InlineData("Copyright lawyers for the studio said the case could take years to settle.")]
    [InlineData("Under the settlement, the label kept all rights reserved for future reissues.")]
    [InlineData("Archivists said they do not reproduce fragile maps without a conservator present.")]
    public void Clean_StoryLineMentioningCopyright_Kept(string line) => AssertKept(line);

    [Fact]
    public void Clean_LongParagraphWithCopyrightSignMidSentence_Kept()
    {
        var paragraph = "The exhibition's catalogue, marked © 1962 on its inside cover, lists " + Lead;
        AssertKept(paragraph);
    }

    [Fact]
    public void Clean_CopyrightLine_NamesHolder()
    {
        var result = _cleaner.Clean(Around("© 2024 Harbour Times Media. All rights reserved."));
        Assert.Equal("Harbour Times Media", result.CopyrightHolder);
    }

    [Theory]
    [InlineData("Join our WhatsApp channel for the latest updates")]
    [InlineData("Follow us on Instagram and Threads")]
    [InlineData("Subscribe to our newsletter")]
    [InlineData("Sign up for the Morning Tide newsletter, free every weekday")]
    [InlineData("Get the headlines first in our Telegram channel: https://t.me/example_harbour")]
    [InlineData("Subscribe now!")]
    [InlineData("more stories in our Telegram-channel https://t.me/example_harbour")]
    public void Clean_PromoLine_RemovedAsPromo(string line) => AssertRemoved(line, RemovedKinds.Promo);

    [Theory]
    [InlineData("The mayor announced the closures on her Telegram channel late on Sunday.")]
    [InlineData("Subscribers to the regional paper fell by a fifth last year, the publisher said.")]
    [InlineData("Join talks with us before the deadline, the union told the ministry.")]
    [InlineData("“Follow us on the march to the quay,” the organiser shouted to the crowd.")]
    [InlineData("Residents who follow the council closely were not surprised by the vote.")]
    public void Clean_StoryLineMentioningChannelsOrSubscribers_Kept(string line) => AssertKept(line);

    [Theory]
    [InlineData("Share this article")]
    [InlineData("Click to share on Facebook (Opens in new window)")]
    [InlineData("Facebook Twitter WhatsApp Email")]
    [InlineData("Share")]
    public void Clean_ShareLine_RemovedAsShare(string line) => AssertRemoved(line, RemovedKinds.Share);

    [Theory]
    [InlineData("Share prices in the shipping group fell 4% on Monday.")]
    [InlineData("Facebook and Twitter removed the accounts after the report.")]
    public void Clean_StoryLineMentioningSharing_Kept(string line) => AssertKept(line);

    [Theory]
    [InlineData("We use cookies to improve your experience on our site.")]
    [InlineData("Accept all cookies")]
    [InlineData("Cookie policy")]
    public void Clean_CookieLine_RemovedAsCookie(string line) => AssertRemoved(line, RemovedKinds.Cookie);

    [Theory]
    [InlineData("The regulator said the app uses cookies to track children across websites.")]
    [InlineData("Cookie sales at the harbour fair raised money for the lifeboat crew.")]
    public void Clean_StoryLineMentioningCookies_Kept(string line) => AssertKept(line);

    [Theory]
    [InlineData("Read more: Flood defences tested as storm nears")]
    [InlineData("ALSO READ | Council votes to close ferry route")]
    [InlineData("READ MORE:")]
    [InlineData("Related stories")]
    [InlineData("See also: Port Selwyn budget")]
    public void Clean_ReadMoreLine_RemovedAsReadMore(string line) => AssertRemoved(line, RemovedKinds.ReadMore);

    [Theory]
    [InlineData("Read more carefully, the contract shows the ferry operator kept its subsidy.")]
    [InlineData("Related developments were reported in the northern districts on Friday.")]
    [InlineData("People who read more than one paper were more likely to vote, the survey found.")]
    public void Clean_StoryLineStartingLikeReadMore_Kept(string line) => AssertKept(line);

    [Theory]
    [InlineData("– Ends")]
    [InlineData("-Ends-")]
    [InlineData("ENDS")]
    [InlineData("End of story")]
    [InlineData("###")]
    [InlineData("-30-")]
    public void Clean_EndMark_RemovedAsEndMark(string line) => AssertRemoved(line, RemovedKinds.EndMark);

    [Theory]
    [InlineData("Ends of the old pier were sealed off by the coastguard.")]
    [InlineData("The inquiry ends on Friday.")]
    public void Clean_StoryLineWithEnds_Kept(string line) => AssertKept(line);

    [Theory]
    [InlineData("Reporting by Amara Okafor in Lagos; Editing by Tomás Ruiz")]
    [InlineData("Additional reporting by Li Wei and Sara Nyberg")]
    [InlineData("Writing by Jonas Berg; editing by Priya Nair")]
    [InlineData("(Harbour Wire staff in Port Selwyn; Editing by Elena Costa)")]
    [InlineData("(Reporting by Kofi Mensah in Accra and Ana da Silva in Rio de Janeiro; Editing by Mark Hale)")]
    public void Clean_CreditLine_RemovedAsCredit(string line) => AssertRemoved(line, RemovedKinds.Credit);

    [Theory]
    [InlineData("Reporting by the local newspaper prompted an inquiry into the harbour board.")]
    [InlineData("Editing by hand took the archivists nearly a year, the curator recalled.")]
    [InlineData("Writing by candlelight, the lighthouse keeper kept a detailed log.")]
    public void Clean_StoryLineStartingLikeCredit_Kept(string line) => AssertKept(line);

    [Theory]
    [InlineData("Kofi Mensah can be reached at kmensah@harbourtimes.example or 555-0100.")]
    [InlineData("Contact the writer: ana.silva@valley.example")]
    public void Clean_ReporterContactLine_RemovedAsCredit(string line) => AssertRemoved(line, RemovedKinds.Credit);

    [Theory]
    [InlineData("The harbour master can be reached by radio on channel 16 at any hour.")]
    [InlineData("Residents were told to contact the council if the water turned brown.")]
    public void Clean_StoryLineAboutReachingSomeone_Kept(string line) => AssertKept(line);

    [Theory]
    [InlineData("Advertisement")]
    [InlineData("Story continues below advertisement")]
    [InlineData("Tags: harbour, dredging, ferries")]
    [InlineData("Filed under: Port Selwyn")]
    public void Clean_PageFurniture_RemovedAsBoilerplate(string line) => AssertRemoved(line, RemovedKinds.Boilerplate);

    [Theory]
    [InlineData("Advertising revenue at the paper fell by a third in the year to March.")]
    [InlineData("Tags on the crates showed they had come from a warehouse in the north.")]
    public void Clean_StoryLineStartingLikeFurniture_Kept(string line) => AssertKept(line);

    [Theory]
    [InlineData("Staff and agencies")]
    [InlineData("Wire services")]
    public void Clean_WireOnlyLine_RemovedAsSourceCredit(string line) => AssertRemoved(line, RemovedKinds.SourceCredit);

    [Theory]
    [InlineData("Wire services reported the closure before the council did.")]
    [InlineData("Agencies across the region were asked to share their flood maps.")]
    public void Clean_StoryLineStartingLikeWireCredit_Kept(string line) => AssertKept(line);

    [Fact]
    public void Clean_StaffCredit_CreditsTheAgency()
    {
        var result = _cleaner.Clean(Around("(Harbour Wire staff in Port Selwyn; Editing by Elena Costa)"));
        Assert.Equal(["Harbour Wire"], result.CreditedSources);
    }

    [Theory]
    [InlineData("With inputs from Reuters", "Reuters")]
    [InlineData("(With inputs from PTI and ANI)", "PTI|ANI")]
    [InlineData("With agency inputs", "")]
    [InlineData("With inputs from agencies", "")]
    [InlineData("Source: AFP", "AFP")]
    [InlineData("(This story has not been edited by Harbour Times staff and is auto-generated from a syndicated feed.)", "")]
    public void Clean_SourceCredit_RemovedAndSourcesCredited(string line, string sources)
    {
        var result = AssertRemoved(line, RemovedKinds.SourceCredit);
        var expected = sources.Length == 0 ? [] : sources.Split('|');
        Assert.Equal(expected, result.CreditedSources);
    }

    [Theory]
    [InlineData("With inputs from fishermen and divers, the survey mapped the whole reef.")]
    [InlineData("Source: the ministry said the figures were preliminary.")]
    [InlineData("Via the ferry, the trip to the island takes about two hours.")]
    public void Clean_StoryLineStartingLikeSourceCredit_Kept(string line) => AssertKept(line);

    [Theory]
    [InlineData("The harbour master told Reuters that the channel would reopen within a week.")]
    [InlineData("According to a Bloomberg report published on Sunday, the insurer will not pay out.")]
    [InlineData("Sources told Reuters the talks had stalled over fishing quotas.")]
    [InlineData("The letter, viewed by AFP, was signed by three former ministers.")]
    [InlineData("Bloomberg first reported the plan.")]
    public void Clean_StorySentenceCitingAgency_Kept(string line)
    {
        var result = AssertKept(line);
        Assert.Empty(result.CreditedSources);
    }

    [Theory]
    [InlineData("Photo: Reuters")]
    [InlineData("(Photo by Jane Mills/Getty Images)")]
    [InlineData("Getty Images")]
    [InlineData("Photograph: Kai Lund/AFP")]
    [InlineData("REUTERS/Dana Kwok")]
    [InlineData("Image credit: Harbour Authority")]
    [InlineData("Divers inspect the reef near the harbour mouth. (Photo by Kai Lund/Reuters)")]
    public void Clean_PhotoCredit_RemovedAsPhotoCredit(string line) => AssertRemoved(line, RemovedKinds.PhotoCredit);

    [Theory]
    [InlineData("Photos of the flooded quay spread quickly on social media, officials said.")]
    [InlineData("Getty Images said it would license the archive to the maritime museum.")]
    [InlineData("Images from the drone showed the breach in the sea wall.")]
    public void Clean_StoryLineMentioningPhotos_Kept(string line) => AssertKept(line);

    [Fact]
    public void Clean_ShortLineBeforeBarePhotoCredit_RemovedAsCaption()
    {
        const string caption = "Fishing boats moored in the eastern channel at dawn.";
        var result = _cleaner.Clean($"{Lead}\n\n{caption}\nPhoto: Harbour Wire\n\n{Tail}");

        Assert.Contains(new RemovedText(RemovedKinds.Caption, caption), result.Removed);
        Assert.DoesNotContain(caption, result.Text, StringComparison.Ordinal);
        Assert.Equal($"{Lead}\n\n{Tail}", result.Text);
    }

    [Fact]
    public void Clean_LongParagraphBeforeBarePhotoCredit_Kept()
    {
        var result = _cleaner.Clean($"{Lead}\nPhoto: Harbour Wire\n\n{Tail}");

        Assert.DoesNotContain(result.Removed, r => r.Kind == RemovedKinds.Caption);
        Assert.Equal($"{Lead}\n\n{Tail}", result.Text);
    }

    [Fact]
    public void Clean_ShortParagraphBeforeCreditWithoutBlankLines_Kept()
    {
        const string paragraph = "The ferry will run again on Saturday.";
        var result = _cleaner.Clean($"{Lead}\n{paragraph}\n(Photo: Kai Lund, Harbour Wire)\n{Tail}");

        Assert.Equal([new RemovedText(RemovedKinds.PhotoCredit, "(Photo: Kai Lund, Harbour Wire)")], result.Removed);
        Assert.Contains(paragraph, result.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Main image credit: Getty")]
    [InlineData("Image copyright Harbour Wire")]
    public void Clean_LeadImageCredit_LineBeforeKept(string credit)
    {
        const string paragraph = "The ferry will run again on Saturday.";
        var result = _cleaner.Clean($"{Lead}\n\n{paragraph}\n{credit}\n\n{Tail}");

        Assert.Equal([new RemovedText(RemovedKinds.PhotoCredit, credit)], result.Removed);
        Assert.Contains(paragraph, result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_CreditAtEndOfText_LineBeforeKept()
    {
        const string paragraph = "The ferry will run again on Saturday.";
        var result = _cleaner.Clean($"{Lead}\n\n{paragraph}\nPhoto: Harbour Wire");

        Assert.Equal($"{Lead}\n\n{paragraph}", result.Text);
    }

    [Fact]
    public void Clean_EditorsNoteBeforeCredit_Kept()
    {
        const string note = "Editor's note: This story was updated to add the harbour master's comments.";
        var result = _cleaner.Clean($"{Lead}\n\n{note}\nPhoto: Harbour Wire\n\n{Tail}");

        Assert.Contains(note, result.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Image caption The harbour master inspects the breach in the sea wall")]
    [InlineData("Image: The harbour master, left, inspects the breach in the sea wall")]
    public void Clean_LabelledCaption_RemovedAsCaption(string line) => AssertRemoved(line, RemovedKinds.Caption);

    [Fact]
    public void Clean_CopyrightGluedToStoryText_Kept()
    {
        AssertKept("© Harbour WireThe ferries stopped running at noon and crews were sent home early by the operator.");
    }

    [Fact]
    public void Clean_CaptionsDisabled_KeepsLineBeforeCredit()
    {
        const string caption = "Fishing boats moored in the eastern channel at dawn.";
        var cleaner = new BoilerplateCleaner(new BoilerplateCleanerOptions { RemoveCaptions = false });
        var result = cleaner.Clean($"{Lead}\n\n{caption}\nPhoto: Harbour Wire\n\n{Tail}");

        Assert.Contains(caption, result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_LineLongerThanRuleLimit_NeverExamined()
    {
        var cleaner = new BoilerplateCleaner(new BoilerplateCleanerOptions { MaxRuleLineChars = 10 });
        var result = cleaner.Clean(Around("Share this article"));

        Assert.Empty(result.Removed);
    }

    [Theory]
    [InlineData("(Harbour Wire)", "Harbour Wire")]
    [InlineData("(Reuters)", "Reuters")]
    public void Clean_AgencyAloneInBrackets_RemovedAndCredited(string line, string agency)
    {
        var result = AssertRemoved(line, RemovedKinds.SourceCredit);
        Assert.Contains(agency, result.CreditedSources);
    }

    [Theory]
    [InlineData("(Pictured above)")]
    [InlineData("(see map, page 4)")]
    [InlineData("(The mayor declined to comment.)")]
    public void Clean_OtherBracketedLines_Kept(string line) => AssertKept(line);

    [Theory]
    [InlineData("Northwind contributed to this report.", "Northwind")]
    [InlineData("Reuters contributed reporting from Lisbon.", "Reuters")]
    public void Clean_ContributedLine_RemovedAsCreditAndSourceCredited(string line, string source)
    {
        var result = AssertRemoved(line, RemovedKinds.Credit);
        Assert.Contains(source, result.CreditedSources);
    }

    [Theory]
    [InlineData("Fishermen contributed to the clean-up effort on the beach over the weekend.")]
    [InlineData("Several donors contributed to this report's funding, the charity said in its annual review of the year.")]
    public void Clean_StoryLineWithContributed_Kept(string line) => AssertKept(line);

    [Theory]
    [InlineData("Share this story: Facebook | X | WhatsApp | Email")]
    [InlineData("Share this article - Twitter, LinkedIn")]
    public void Clean_ShareLabelWithNetworks_RemovedAsShare(string line) => AssertRemoved(line, RemovedKinds.Share);

    [Theory]
    [InlineData("Have a news tip? Email newsroom@gazette.example or call the newsroom.")]
    [InlineData("Got a story idea? Tell us.")]
    public void Clean_TipLine_RemovedAsPromo(string line) => AssertRemoved(line, RemovedKinds.Promo);

    [Theory]
    [InlineData("Have a look at the new timetable before Monday, the transit authority urged riders.")]
    [InlineData("Got a minute, officer? the driver asked before the argument began.")]
    public void Clean_StoryLineStartingHaveOrGot_Kept(string line) => AssertKept(line);

    [Theory]
    [InlineData("Listen to the full interview on Harbour Drive Time, weekdays from 4pm.")]
    [InlineData("Watch the extended report on our evening bulletin at 9.")]
    public void Clean_TuneInLine_RemovedAsPromo(string line) => AssertRemoved(line, RemovedKinds.Promo);

    [Theory]
    [InlineData("Listen to the whole interview before you judge him, his lawyer told the court on Tuesday.")]
    [InlineData("Watch the full moon rise over the bay tonight, the observatory advised.")]
    public void Clean_StoryLineStartingListenOrWatch_Kept(string line) => AssertKept(line);

    private CleaningResult AssertRemoved(string line, string kind)
    {
        var result = _cleaner.Clean(Around(line));
        Assert.Equal([new RemovedText(kind, line)], result.Removed);
        Assert.Equal($"{Lead}\n\n{Tail}", result.Text);
        return result;
    }

    private CleaningResult AssertKept(string line)
    {
        var input = Around(line);
        var result = _cleaner.Clean(input);
        Assert.Empty(result.Removed);
        Assert.Equal(input, result.Text);
        return result;
    }
}
