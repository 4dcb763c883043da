using System.Collections.Frozen;

namespace Dyad.Analysis.Tagging;

/// <summary>
/// Irregular English inflections, a fallback for forms the training treebank never showed
/// (the learned lexicon wins when it has the form). Keys are lower-case forms.
/// </summary>
internal static class EnglishIrregulars
{
    // "past past-participle... => base", compact to keep the table readable.
    private const string Verbs =
        "arose arisen=arise;awoke awoken=awake;was were been am is are=be;bore borne born=bear;beat beaten=beat;became=become;began begun=begin;" +
        "bent=bend;bet=bet;bound=bind;bit bitten=bite;bled=bleed;blew blown=blow;broke broken=break;bred=breed;brought=bring;broadcast=broadcast;" +
        "built=build;burnt=burn;burst=burst;bought=buy;cast=cast;caught=catch;chose chosen=choose;clung=cling;came=come;cost=cost;crept=creep;" +
        "cut=cut;dealt=deal;dug=dig;did done does=do;drew drawn=draw;dreamt=dream;drank drunk=drink;drove driven=drive;ate eaten=eat;fell fallen=fall;" +
        "fed=feed;felt=feel;fought=fight;found=find;fled=flee;flung=fling;flew flown=fly;forbade forbidden=forbid;forgot forgotten=forget;" +
        "forgave forgiven=forgive;froze frozen=freeze;got gotten=get;gave given=give;went gone=go;ground=grind;grew grown=grow;hung=hang;" +
        "had has=have;heard=hear;hid hidden=hide;hit=hit;held=hold;hurt=hurt;kept=keep;knelt=kneel;knew known=know;laid=lay;led=lead;leant=lean;" +
        "leapt=leap;learnt=learn;left=leave;lent=lend;let=let;lay lain=lie;lit=light;lost=lose;made=make;meant=mean;met=meet;paid=pay;put=put;" +
        "quit=quit;read=read;rode ridden=ride;rang rung=ring;rose risen=rise;ran=run;said=say;saw seen=see;sought=seek;sold=sell;sent=send;set=set;" +
        "shook shaken=shake;shed=shed;shone=shine;shot=shoot;showed shown=show;shrank shrunk=shrink;shut=shut;sang sung=sing;sank sunk=sink;sat=sit;" +
        "slept=sleep;slid=slide;slung=sling;slit=slit;spoke spoken=speak;sped=speed;spent=spend;spun=spin;spat=spit;split=split;spread=spread;" +
        "sprang sprung=spring;stood=stand;stole stolen=steal;stuck=stick;stung=sting;stank=stink;strode stridden=stride;struck stricken=strike;" +
        "strove striven=strive;swore sworn=swear;swept=sweep;swam swum=swim;swung=swing;took taken=take;taught=teach;tore torn=tear;told=tell;" +
        "thought=think;threw thrown=throw;thrust=thrust;trod trodden=tread;understood=understand;undertook undertaken=undertake;upheld=uphold;" +
        "upset=upset;woke woken=wake;wore worn=wear;wove woven=weave;wept=weep;won=win;wound=wind;withdrew withdrawn=withdraw;wrung=wring;" +
        "wrote written=write;overcame=overcome;overtook overtaken=overtake;overthrew overthrown=overthrow;mistook mistaken=mistake;" +
        "foresaw foreseen=foresee;withheld=withhold;withstood=withstand;rebuilt=rebuild;reread=reread;retook retaken=retake;" +
        "outbid=outbid;oversaw overseen=oversee;misled=mislead;sewn=sew;sawn=saw;proven=prove;dove=dive;smelt=smell;spelt=spell;spilt=spill";

    private const string Others =
        "men=man;women=woman;children=child;people=person;feet=foot;teeth=tooth;mice=mouse;geese=goose;criteria=criterion;phenomena=phenomenon;" +
        "analyses=analysis;crises=crisis;theses=thesis;bases=basis;hypotheses=hypothesis;diagnoses=diagnosis;lives=life;wives=wife;knives=knife;" +
        "leaves=leaf;halves=half;selves=self;thieves=thief;wolves=wolf;shelves=shelf;loaves=loaf;militia=militia;" +
        "better=good;best=good;worse=bad;worst=bad;further=far;furthest=far;farther=far;farthest=far;less=little;least=little;more=more;most=most";

    public static readonly FrozenDictionary<string, string> VerbForms = Parse(Verbs);

    /// <summary>Forms that are only ever a simple past — the first of an entry that lists its participle apart ("undertook", not "led").</summary>
    public static readonly FrozenSet<string> SimplePastOnly = Verbs.Split(';').Select(e => e[..e.IndexOf('=')].Split(' '))
        .Where(forms => forms.Length == 2).Select(forms => forms[0]).ToFrozenSet(StringComparer.Ordinal);
    public static readonly FrozenDictionary<string, string> OtherForms = Parse(Others);

    private static FrozenDictionary<string, string> Parse(string table)
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in table.Split(';'))
        {
            int eq = entry.IndexOf('=');
            foreach (var form in entry[..eq].Split(' ')) d.TryAdd(form, entry[(eq + 1)..]);
        }
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static bool TryGet(string lowerForm, string xpos, out string lemma)
    {
        if (xpos.StartsWith("VB", StringComparison.Ordinal) || xpos == "MD")
        {
            return VerbForms.TryGetValue(lowerForm, out lemma!);
        }
        if (xpos is "NNS" or "JJR" or "JJS" or "RBR" or "RBS")
        {
            return OtherForms.TryGetValue(lowerForm, out lemma!);
        }
        lemma = "";
        return false;
    }
}
