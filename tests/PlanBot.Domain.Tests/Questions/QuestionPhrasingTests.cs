using System.Text.RegularExpressions;
using PlanBot.Domain.People;
using PlanBot.Domain.Questions;
using static PlanBot.Domain.Tests.Questions.SeedQuestions;

namespace PlanBot.Domain.Tests.Questions;

/// <summary>
/// Questions worded the way managers and staff write them in chat, asked of the real plan (<see cref="SeedQuestions"/>),
/// each with the initiatives its answer must name and must not name. An answer names an initiative when it shows it as
/// an item ("9. GX推進…"), as the subject of a one-initiative answer ("取組9 …"), or in a person's open items ("取組13-1");
/// the heading and notes restate the question and do not count, nor do suggestion buttons.
/// <para>
/// Rows: asker | kind | must | must not | question. Askers: Y 山本 (manager), K 加藤 (manager, 地域共創部), N 中村 (admin),
/// T 田中 (産業振興部), S 鈴木 (地域共創部), B 小林 (no department; owns 17 and 18), I 伊藤 (経営企画室; owns 15),
/// W 渡辺 (SR-防災), H 高橋 (総務国際部). Kinds: D detail, I items, S summary, O owners, H history, U unanswered, C count,
/// P plan, E empty, N not understood, ? any. Initiatives: "1,4-6", "-" for none, "rest" for all the others.
/// </para>
/// </summary>
public sealed partial class QuestionPhrasingTests
{
    private const string Table = """
        # --- 進捗・状況 over a narrow scope: the items, not only a tally ---
        Y | S | 1,2,3,7,8,9,10,13 | rest | 産業振興部の状況を教えてください
        Y | S | 4,5,6,21,22 | rest | 地域共創部ってどんな感じ?
        Y | S | 11,12 | rest | 総務国際部の進み具合は
        Y | S | 14 | rest | 経営企画室の進捗
        Y | S | 20 | rest | SR防災の状況
        Y | S | 1,2 | rest | 重点戦略1はどうなってる?
        Y | S | 7,8,9 | rest | 重点戦略3の状況
        Y | S | 16,17,18,19 | rest | 重点戦略9、どうなっていますか
        Y | S | 21,22 | rest | 戦略11の進捗
        Y | S | 11,12 | rest | 重点戦略５ どうなってる？
        Y | S | 4,5,6,21,22 | rest | 地域共創の状況
        Y | S | 14 | rest | 経営企画の進捗
        Y | S | 1,2,3,4,5,6,7,8,9,10,13,21,22 | rest | 産業振興部と地域共創部の進捗
        Y | I | 1,2,3,7,8,9,10,13 | rest | 産業振興部の一覧
        Y | S | 1,2,3,4,5,6,7,8,9,10,13,20,21,22 | rest | 産業振興部、地域共創部、SR-防災の状況を全部
        K | S | 4,5,6,21,22 | rest | 地域共創部の状況はいかがですか
        N | S | 20 | rest | ＳＲ－防災の状況
        Y | S | 1,11,14 | rest | 取組1、11、14の進捗
        Y | S | 1,4 | rest | 取組1と4の状況
        Y | S | 3,7 | rest | #3と#7の状況
        I | S | 14 | rest | 自部署の状況
        T | S | 1,2,3,7,8,9,10,13 | rest | うちの部署の進捗
        T | S | 1,2,3,7,8,9,10 | rest | 私の担当の進捗
        S | S | 4,5,6,13,19,21,22 | rest | 自分の担当はどうなってる?
        B | S | 17,18 | rest | 私の担当分の状況
        W | I | 20 | rest | 自分の担当
        T | I | 1,2,3,7,8,9,10 | rest | 担当している取組
        Y | S | 1,2,4,5,7,9,12,13,17,18,20,21,22 | 3,6,8,10,11,14,15,16,19 | 全体の状況
        Y | S | 1,2,4,5,7,9,12,13,17,18,20,21,22 | 3,6,8,10,11,14,15,16,19 | 進捗状況
        Y | S | 1,4,17 | 3,6,8,10,11,14,15 | 部署別の状況
        Y | S | 1,4,17 | 3,6,8,10,11,14,15 | 重点戦略ごとの進捗
        T | S | 1,2,3,7,8,9,10,13 | rest | 全体の進捗
        # --- one initiative: by number ---
        Y | D | 9 | rest | 取組9の状況
        Y | D | 5 | rest | 取組5はどうなっている?
        Y | D | 22 | rest | 取組22の様子を見せて
        Y | D | 13 | rest | No.13の進捗
        Y | D | 20 | rest | #20 の状況
        Y | D | 1 | rest | 取組1どう?
        Y | D | 2 | rest | 取組2の近況
        Y | D | 3 | rest | 取組3の現状を知りたい
        Y | D | 8 | rest | 取組8の状況を簡単に
        Y | D | 10 | rest | 取組10の進捗はいかがでしょうか
        Y | D | 11 | rest | 取組11について
        Y | D | 12 | rest | 取組12
        Y | D | 16 | rest | 取組16の状況
        Y | D | 18 | rest | 取組18の最新状況
        Y | D | 19 | rest | 取組19どうなった
        Y | D | 21 | rest | 取り組み21の状況
        Y | D | 14 | rest | 具体的取組14の進捗状況
        Y | D | 9 | rest | 取組九の状況
        Y | D | 9 | rest | ﾄﾘｸﾐ9のｼﾞｮｳｷｮｳ
        Y | D | 17 | rest | 17番の取組の状況
        Y | D | 6 | rest | 取組６、どんな感じ？
        Y | S | 5,6,7 | rest | 取組5〜7の状況
        Y | S | 5,6,7,8 | rest | 取組5から8までどうなってる?
        Y | I | 1,2,3,4,5,6 | rest | 重点戦略1〜2の一覧
        Y | I | 6 | rest | 取組6って順調?
        Y | I | 7 | rest | 取組7はうまくいってる?
        # --- one initiative: by a piece of its title or a label ---
        Y | D | 15 | rest | ジェンダーの状況
        Y | D | 15 | rest | じぇんだーの件どうなってる
        Y | D | 15 | rest | ｼﾞｪﾝﾀﾞｰ主流化の進捗
        Y | D | 12 | rest | MICEの誘致はどう?
        Y | D | 12 | rest | ＭＩＣＥ誘致の状況
        Y | D | 19 | rest | 九州MaaSの状況
        Y | D | 21 | rest | ツール・ド・九州の進捗
        Y | D | 21 | rest | ツールド九州の状況
        Y | D | 21 | rest | ﾂｰﾙ･ﾄﾞ･九州はどう
        Y | D | 6 | rest | 木材サプライチェーンの状況
        Y | D | 6 | rest | 木造建築の進捗
        Y | D | 6 | rest | CO2削減への貢献の状況
        Y | D | 5 | rest | 耕作放棄地の件
        Y | D | 5 | rest | 農業参入の状況
        Y | D | 5 | rest | 域外企業の農業参入はどうなってる
        Y | D | 5 | rest | 多様な担い手の確保の進捗
        Y | S | 17,18 | rest | データ連携プラットフォームの進捗
        Y | S | 17,18 | rest | ﾃﾞｰﾀ連携ﾌﾟﾗｯﾄﾌｫｰﾑの状況
        Y | S | 17,18 | rest | データ連携のプラットフォームの状況
        Y | D | 18 | rest | デジタル認証IDの状況
        Y | D | 18 | rest | パーソナルサービスの実装の状況
        Y | D | 18 | rest | でじたる認証の進捗
        Y | D | 17 | rest | オープンデータのデータ連携の状況
        Y | D | 17 | rest | ユースケースの実装は?
        Y | D | 14 | rest | 価格転嫁どうなった?
        Y | D | 14 | rest | 好循環の取組の状況
        Y | D | 14 | rest | 成長と分配の状況
        Y | D | 2 | rest | 半導体ユーザー企業の誘致の状況
        Y | D | 2 | rest | 半導体ユーザ企業の状況
        Y | D | 1 | rest | 新生シリコンアイランド九州の実現の状況
        Y | D | 1 | rest | 九州地域戦略会議との連携の状況
        Y | S | 7,8 | rest | 省エネ・脱炭素の状況
        Y | D | 8 | rest | 脱炭素技術実装支援の状況
        Y | D | 8 | rest | 地域脱炭素達成の進捗
        Y | D | 9 | rest | GX推進戦略の状況
        Y | D | 9 | rest | エネルギー安定供給の状況
        Y | D | 10 | rest | ベンチャーマーケットの状況
        Y | D | 10 | rest | KVMの状況
        Y | D | 10 | rest | 九州発スタートアップの魅力発信はどう?
        Y | D | 11 | rest | MOU締結先の件
        Y | D | 11 | rest | 会員企業との交流機会の進捗
        Y | D | 13 | rest | ICT人材の進捗
        Y | D | 13 | rest | 先導的ICT人材育成事業の状況
        Y | D | 16 | rest | インフラ整備の要望活動
        Y | D | 16 | rest | 要望活動の状況
        Y | D | 20 | rest | 防災DXの状況
        Y | D | 20 | rest | 官民共創の進捗
        Y | D | 20 | rest | 災害対策高度化支援はどう
        Y | D | 21 | rest | 地域活性化の状況
        Y | D | 21 | rest | レース運営支援の状況
        Y | D | 22 | rest | 産学官民協働の状況
        Y | D | 22 | rest | 地域に根差した連携事業の状況
        Y | D | 4 | rest | 輸出フェアの進捗
        Y | D | 4 | rest | 食品の輸出拡大の状況
        Y | D | 4 | rest | 官民共同プロモーションの状況
        Y | D | 3 | rest | DX支援の状況
        Y | D | 3 | rest | 中小・中堅企業のDX支援の進捗
        Y | D | 3 | rest | 中堅企業に対するDX支援
        Y | ? | 13 | - | インターンシップの状況
        Y | ? | 1,2 | - | 半導体の状況
        Y | ? | 5 | - | スマート農業の状況
        # --- statuses as people write them ---
        Y | I | 1,4,5,7,13,17,20,22 | rest | ちえんしているもの
        Y | I | 1,4,5,7,13,17,20,22 | rest | 遅れてる取組ある?
        Y | I | 1,4,5,7,13,17,20,22 | rest | 遅れている案件を教えてください
        Y | I | 1,4,5,7,13,17,20,22 | rest | おくれてるのは?
        Y | I | 1,4,5,7,13,17,20,22 | rest | オクレテル取組
        Y | I | 1,4,5,7,13,17,20,22 | rest | ｵｸﾚﾃﾙ取組
        Y | I | 1,4,5,7,13,17,20,22 | rest | 遅延気味の取組は?
        Y | I | 1,4,5,7,13,17,20,22 | rest | スケジュールが押しているのはどれ?
        Y | I | 1,4,5,7,13,17,20,22 | rest | 間に合ってない取組
        Y | I | 1,4,5,7,13,17,20,22 | rest | 後ろ倒しになっている取組
        Y | I | 1,4,5,7,13,17,20,22 | rest | 滞っている案件
        Y | I | 1,4,5,7,13,17,20,22 | rest | ビハインドしている取組
        Y | I | 1,4,5,7,13,17,20,22 | rest | 遅延中のもの一覧
        Y | I | 1,4,5,7,13,17,20,22 | rest | 遅れが出ているのはどこ?
        Y | I | 1,4,5,7,13,17,20,22 | rest | 遅れています？
        Y | I | 1,4,5,7,13,17,20,22 | rest | 遅延してます？
        Y | I | 2,5,9,12,18,20,21 | rest | ようちゅういの取組
        Y | I | 2,5,9,12,18,20,21 | rest | 要注意になってるのは?
        Y | I | 2,5,9,12,18,20,21 | rest | 危ない取組ある?
        Y | I | 2,5,9,12,18,20,21 | rest | ヤバそうな取組
        Y | I | 2,5,9,12,18,20,21 | rest | 黄信号の取組
        Y | I | 2,5,9,12,18,20,21 | rest | 懸念がある取組
        Y | I | 2,5,9,12,18,20,21 | rest | 心配な案件は?
        Y | I | 2,5,9,12,18,20,21 | rest | ﾖｳﾁｭｳｲ
        Y | I | 3,20,22 | rest | かんりょうしたもの
        Y | I | 3,20,22 | rest | 終わってる取組は?
        Y | I | 3,20,22 | rest | 完了済みの取組
        Y | I | 3,20,22 | rest | 達成できた取組
        Y | I | 3,20,22 | rest | もう済んだ取組
        Y | I | 3,20,22 | rest | 片付いた案件
        Y | I | 3,20,22 | rest | 終わりましたか?
        Y | I | 14 | rest | 中止になったやつ
        Y | I | 14 | rest | ちゅうしの取組
        Y | I | 14 | rest | 取りやめになった取組
        Y | I | 14 | rest | 見送りになったもの
        Y | I | 14 | rest | 打ち切りの取組
        Y | I | 19,20 | rest | みちゃくしゅの取組
        Y | I | 19,20 | rest | まだ手つかずのもの
        Y | I | 19,20 | rest | 始まっていない取組
        Y | I | 19,20 | rest | 着手してない取組は?
        Y | I | 19,20 | rest | まだ始まってないやつ
        Y | I | 5,6,7,8,10,11,15,20,21,22 | 1,2,3,4,9,12,13,14,16,17,18,19 | じゅんちょうな取組
        Y | I | 5,6,7,8,10,11,15,20,21,22 | 1,2,3,4,9,12,13,14,16,17,18,19 | ジュンチョウなもの
        Y | I | 5,6,7,8,10,11,15,20,21,22 | 1,2,3,4,9,12,13,14,16,17,18,19 | 予定どおり進んでいる取組
        Y | I | 5,6,7,8,10,11,15,20,21,22 | 1,2,3,4,9,12,13,14,16,17,18,19 | うまくいってる取組
        Y | I | 5,6,7,8,10,11,15,20,21,22 | 1,2,3,4,9,12,13,14,16,17,18,19 | 問題なく進んでいる取組
        Y | I | 5,6,7,8,10,11,15,20,21,22 | 1,2,3,4,9,12,13,14,16,17,18,19 | オンスケの取組
        Y | I | 5,6,7,8,10,11,15,20,21,22 | 1,2,3,4,9,12,13,14,16,17,18,19 | 計画どおりのもの
        Y | I | 1,2,4,5,7,9,12,13,17,18,20,21,22 | 3,6,8,10,11,14,15,16,19 | うまくいっていない取組
        Y | I | 1,2,4,5,7,9,12,13,17,18,20,21,22 | 3,6,8,10,11,14,15,16,19 | 進んでない取組は?
        Y | I | 1,2,4,5,7,9,12,13,17,18,20,21,22 | 3,6,8,10,11,14,15,16,19 | 問題がある案件
        Y | I | 1,2,4,5,7,9,12,13,17,18,20,21,22 | 3,6,8,10,11,14,15,16,19 | 難航している取組
        Y | I | 1,2,4,5,7,9,12,13,17,18,20,21,22 | 3,6,8,10,11,14,15,16,19 | 苦戦しているのは?
        Y | I | 1,2,4,5,7,9,12,13,17,18,20,21,22 | 3,6,8,10,11,14,15,16,19 | 遅れか要注意の取組
        Y | I | 1,2,4,5,7,9,12,13,17,18,20,21,22 | 3,6,8,10,11,14,15,16,19 | 大丈夫じゃない取組
        Y | I | 1,2,4,5,7,9,12,13,17,18,20,21,22 | 3,6,8,10,11,14,15,16,19 | 気になる取組ある?
        Y | I | 2,9,12,18 | 1,4,13,17 | 遅れていない取組
        Y | I | 2,9,12,18 | 1,4,13,17 | 遅延じゃない取組
        Y | I | 1,4,13,17 | 3,6,8,10,11,14,15,16,19 | 順調ではない取組
        Y | I | 1,4,5,7,17,20,22 | rest | 今期の遅れ
        Y | I | 4,8,13,17,22 | rest | 前期の遅延
        Y | I | 4,8,13,17,22 | rest | 第２四半期に遅れていた取組
        Y | I | 4,8,13,17,22 | rest | 7〜9月の遅延
        Y | I | 2,7,12,20 | rest | 上期の要注意
        Y | I | 3,20,22 | rest | 今期完了したもの
        Y | I | 14 | rest | 今年度の中止
        Y | E | - | rest | 昨年度の遅延
        Y | E | - | rest | 来期の遅れ
        # --- 未回答 ---
        Y | U | 2,10,13,16,22 | rest | みかいとうの人は?
        Y | U | 2,10,13,16,22 | rest | まだ報告してない人
        Y | U | 2,10,13,16,22 | rest | 報告が来ていないのは誰?
        Y | U | 2,10,13,16,22 | rest | 未提出の人を教えて
        Y | U | 2,10,13,16,22 | rest | 回答がまだの取組
        Y | U | 2,10,13,16,22 | rest | 誰がまだ出してない?
        Y | U | 2,10,13,16,22 | rest | 今期の未回答
        Y | U | 7,16,20,22 | rest | 第2四半期の未回答
        Y | U | 13,22 | rest | 地域共創部と産業振興部で鈴木さんの未回答
        # --- counts ---
        Y | C | - | rest | 遅れてるのは何件?
        Y | C | - | rest | 産業振興部の要注意はいくつ
        Y | C | - | rest | 完了の数は?
        Y | C | - | rest | 戦略別の件数
        Y | C | - | rest | 担当者別の遅延件数
        # --- people ---
        Y | I | 4,5,6,13,19,21,22 | rest | 鈴木さんの担当
        Y | S | 4,5,6,13,19,21,22 | rest | 鈴木様の担当分の状況
        Y | I | 4,5,13,22 | rest | 鈴木一郎さんの遅延
        Y | I | 4,5,13,22 | rest | <at>鈴木 一郎</at>さんの遅れてる取組
        Y | I | 4,5,6,13,19,21,22 | rest | 一郎さんの担当
        Y | I | 4,5,6,13,19,21,22 | rest | 鈴木部長の担当
        Y | I | 4,5,6,13,19,21,22 | rest | 鈴木くんの担当は?
        Y | I | 4,5,6,13,19,21,22 | rest | SUZUKI@EXAMPLE.JP の担当
        Y | I | 4,5,13,22 | rest | suzuki@example.jpさんの遅延
        Y | I | 17,18 | rest | 小林氏の担当
        Y | S | 17,18 | rest | 直樹さんの進捗
        Y | S | 17,18 | rest | 小林直樹の状況
        Y | I | 17,18 | rest | kobayashi@example.jp の担当
        Y | I | 14,15 | rest | 伊藤さんの担当
        Y | I | 14,15 | rest | 誠さんの担当
        Y | S | 20 | rest | 渡辺さんの状況
        Y | S | 20 | rest | 明美さんの進捗
        Y | I | 11,12 | rest | 高橋さんの担当の取組
        Y | I | 11,12 | rest | 美咲さんが担当している取組
        Y | I | 1,2,3,7,8,9,10 | rest | 佐藤花子さんの担当
        Y | I | 1,2,3,7,8,9,10 | rest | 花子さんの担当
        Y | I | 4,5,22 | rest | 佐藤 健さんの遅延
        Y | I | 4,5,6,21,22 | rest | 健さんの担当
        Y | I | 4,5,6,22 | rest | 加藤さんの担当
        Y | N | - | rest | 佐藤さんの担当
        Y | N | - | rest | 佐藤さんの遅れてる取組
        Y | N | - | rest | すずきさんの担当
        Y | I | 11,12,14,15 | rest | 伊藤さんと高橋さんの担当
        # --- who is in charge, which department ---
        Y | O | 14 | rest | 取組14は誰が担当?
        Y | O | 9 | rest | 取組9の担当者は?
        Y | O | 20 | rest | 取組20って誰がやってるの?
        Y | O | 16 | rest | 取組16の担当は誰
        Y | O | 15 | rest | ジェンダー主流化の担当者
        Y | O | 19 | rest | 九州MaaSは誰の担当?
        Y | O | 3 | rest | 取組3の担当部署は?
        Y | O | 17 | rest | 取組17はどこの部署?
        Y | O | 21 | rest | ツール・ド・九州の担当部署はどこ
        Y | O | 13 | rest | ICT人材育成の責任者は?
        Y | O | 4,5,6,21,22 | rest | 地域共創部の担当者は?
        Y | O | 1,4,5,7,13,17,20,22 | rest | 遅延しているのは誰?
        Y | O | 12 | rest | MICE誘致の担当は?
        Y | O | 11,12 | rest | 重点戦略5の担当者
        Y | S | 1,4,17 | 3,6,8,10,11,14,15 | 担当者ごとの進捗
        Y | S | 1,4,17 | 3,6,8,10,11,14,15 | 人ごとの状況
        # --- plan facts ---
        Y | I | 15,16,17,18,19 | rest | 担当部署なしの取組
        Y | S | 15,16,17,18,19 | rest | 部署が決まっていない取組の状況
        Y | I | 15,16,17,18,19 | rest | 担当部署の決まってない取組
        Y | I | 17 | rest | 担当部署がない取組で遅れているもの
        Y | I | 17 | rest | 担当部署なしの遅延
        Y | O | 15,16,17,18,19 | rest | 担当部署なしの取組は誰が担当?
        Y | P | 5 | rest | 取組5の計画
        Y | P | 21 | rest | 取組21のKGIは?
        Y | P | 9 | rest | 取組9の今年度の目標
        Y | P | 21 | rest | ツール・ド・九州の来年度の計画
        Y | P | 14 | rest | 価格転嫁の取組で何をする予定?
        Y | H | 12 | rest | 取組12の履歴
        Y | H | 4 | rest | 取組4の推移
        Y | H | 1 | rest | 取組1のこれまでの報告
        Y | H | 15 | rest | ジェンダー主流化の経緯
        # --- English sentences ---
        Y | I | 1,4,5,7,17,20,22 | rest | which initiatives are delayed this quarter?
        Y | I | 2,5,9,12,18,20,21 | rest | show me everything that is at risk
        Y | D | 9 | rest | how is initiative 9 going?
        Y | D | 14 | rest | what's the status of initiative 14
        Y | D | 21 | rest | what is the progress of initiative 21?
        Y | O | 17 | rest | who owns initiative 17?
        Y | O | 3 | rest | who is responsible for initiative 3
        Y | O | 20 | rest | which department is in charge of initiative 20
        Y | I | 15,16,17,18,19 | rest | which initiatives have no department?
        Y | I | 1,5,7,9,18,20,21 | rest | what got worse since last quarter?
        Y | I | 1,5,9,20 | rest | what changed since last week?
        Y | I | 1,5,20 | rest | what changed this week
        Y | I | 3,8,20,22 | rest | which initiatives improved?
        Y | I | 4,17,22 | rest | delayed two quarters in a row
        Y | I | 4,17,22 | rest | which ones have been delayed for 2 consecutive quarters
        Y | C | - | rest | how many initiatives are delayed?
        Y | U | 2,10,13,16,22 | rest | who hasn't reported yet?
        Y | S | 1,4,17 | 3,6,8,10,11,14,15 | progress by owner
        Y | P | 6 | rest | what is the KGI for initiative 6 this year
        Y | I | 3,20,22 | rest | list completed initiatives
        Y | I | 14 | rest | anything cancelled?
        Y | I | 19,20 | rest | initiatives not started yet
        Y | H | 22 | rest | show the history of initiative 22
        Y | I | 4,5,22 | rest | what is behind schedule in 地域共創部?
        Y | I | 7 | rest | are there any delays in strategy 3?
        T | I | 1,2,3,7,8,9,10 | rest | my items
        Y | I | 17 | rest | give me the delayed ones in strategy 9
        Y | E | - | rest | is initiative 19 on track?
        Y | I | 19,20 | rest | which items are not started
        Y | I | 17 | rest | any updates since yesterday?
        Y | I | 1,4,5,7,13,17,20,22 | rest | Which initiatives are behind?
        Y | S | 1,2,4,5,7,9,12,13,17,18,20,21,22 | 3,6,8,10,11,14,15,16,19 | how are things going overall?
        # --- change between periods ---
        Y | I | 1,5,7,9,18,20,21 | rest | 前期から悪化した取組は?
        Y | I | 1,5,7,9,18,20,21 | rest | 前四半期と比べて悪くなったもの
        Y | I | 1,5,7,9,18,20,21 | rest | 前回から悪化したのはどれ?
        Y | I | 1,5,7,9,18,20,21 | rest | 悪化した取組
        Y | I | 1,5,7,9,18,20,21 | rest | あっかしたもの
        Y | I | 1,5,7,9,18,20,21 | rest | 第3四半期に悪化した取組
        Y | I | 2,7,12,13,17,20,22 | rest | 第2四半期に悪化した取組
        Y | I | 3,8,20,22 | rest | 前期より良くなった取組
        Y | I | 3,8,20,22 | rest | 改善した案件は?
        Y | I | 3,8,20,22 | rest | 持ち直した取組
        Y | I | 3,8,20,22 | rest | 良化した取組
        Y | I | 1,3,5,7,8,9,14,18,20,21,22 | 2,4,6,10,11,12,13,15,16,17,19 | 前期から状況が変わった取組
        Y | I | 1,5,9,20 | rest | 先週から変わったのは?
        Y | I | 1,5,9,20 | rest | この1週間で何か変化あった?
        Y | I | 1,5,9,20 | rest | ここ一週間で変わったもの
        Y | I | 1,5,17,20 | rest | 今週更新された取組
        Y | I | 1,5,9,17,20 | rest | 先週の報告
        Y | I | 1,5,9,17,20 | rest | 先週から報告があった取組
        Y | E | - | rest | 昨日から変わったもの
        Y | I | 1,5,9,20 | rest | 最近悪化したのは?
        Y | I | 5,21 | rest | 前期から悪化した地域共創部の取組
        Y | I | 4,17,22 | rest | 2四半期続けて遅延しているのは?
        Y | I | 4,17,22 | rest | 2期連続で遅れている取組
        Y | I | 4,17,22 | rest | 二四半期続けて遅延
        Y | I | 4 | rest | 3四半期連続の遅延
        Y | I | 4,17,22 | rest | ずっと遅れている取組
        Y | I | 4,17,22 | rest | 引き続き遅延している取組
        Y | I | 12,20 | rest | 連続で要注意になっている取組
        Y | I | 4,7,12,17,20,22 | rest | 2四半期連続で遅延か要注意
        # --- noise: mentions, markup, widths, punctuation, politeness ---
        Y | D | 9 | rest | <at>PlanBot</at> 取組9の状況
        Y | D | 9 | rest | <at>PlanBot</at>&nbsp;取組9の状況を教えてください。
        Y | S | 4,5,6,21,22 | rest | <p>地域共創部の状況</p>
        Y | S | 4,5,6,21,22 | rest | <div><span itemscope itemtype="http://schema.skype.com/Mention" itemid="0">PlanBot</span> 地域共創部の状況</div>
        Y | I | 1,4,5,7,13,17,20,22 | rest | @PlanBot 遅れてる取組は？
        Y | D | 9 | rest | 取組９の状況を教えてください🙏
        Y | D | 9 | rest | 取組 9 の 状況
        Y | D | 9 | rest | 「取組9」の状況は？？
        Y | D | 9 | rest | お疲れ様です。取組9の進捗を教えていただけますか。
        Y | I | 4,5,22 | rest | すみません、地域共創部の遅れてる取組ってありますか
        Y | D | 20 | rest | 取組no.20
        Y | O | 14 | rest | 取組#14の担当者
        Y | I | 1,7,13 | rest | 産業振興部の　遅れてる　取組
        Y | I | 1,7,13 | rest | 遅れてる取組\n産業振興部
        Y | I | 1,4,5,7,13,17,20,22 | rest | &lt;b&gt;遅延&lt;/b&gt;
        Y | D | 9 | rest | 取組9の状況!!!!!
        Y | D | 9 | rest | 取組９の進捗、よろしくお願いします
        Y | I | 1,4,5,7,13,17,20,22 | rest | ちえんしている取組おしえて
        Y | D | 9 | rest | 取組9 状況
        Y | D | 9 | rest | RE: 取組9の状況
        Y | D | 9 | rest | 取組9の状況について確認させてください
        Y | D | 15 | rest | 【至急】ジェンダー主流化の状況
        Y | D | 12 | rest | mice誘致、どうなってる？？
        Y | D | 19 | rest | 九州ＭａａＳ の進捗
        Y | I | 1,4,5,7,13,17,20,22 | rest | 遅延🙇
        Y | D | 21 | rest | ツール･ド･九州 進捗
        Y | D | 13 | rest | インタ-ンシップ事業の状況
        # --- a member's scope ---
        T | E | - | rest | 地域共創部の状況
        T | E | - | rest | 取組4の状況
        T | I | 1,7,13 | rest | 遅れてる取組
        T | I | 13 | rest | 鈴木さんの担当
        T | D | 9 | rest | 取組9の状況
        T | U | 2,10,13 | rest | 未回答の人
        T | I | 1,7,9 | rest | 前期から悪化した取組
        S | D | 13 | rest | 取組13の状況
        S | E | - | rest | 取組12の状況
        S | U | 13,22 | rest | 未回答の人
        S | D | 21 | rest | ツール・ド・九州の状況
        S | I | 4,5,13,22 | rest | 遅れてる取組
        B | I | 17,18 | rest | 担当部署なしの取組
        B | I | 18 | rest | 前期から悪化した取組
        B | I | 17,18 | rest | データ連携基盤の件
        I | D | 15 | rest | ジェンダーの状況
        I | E | - | rest | 取組17の状況
        W | D | 20 | rest | 防災DXの状況
        W | I | 20 | rest | 遅延している取組
        H | D | 12 | rest | MICEの状況
        H | E | - | rest | 取組1は誰が担当?
        T | N | - | rest | 佐藤さんの担当
        T | I | 1,7,13 | rest | 産業部の遅延
        # --- understood in part, or not at all ---
        Y | N | - | rest | 予算の状況
        Y | N | - | rest | 天気はどう?
        Y | E | - | rest | 取組99の状況
        Y | N | - | rest | 遅廷の取組
        Y | N | - | rest | 産業部の状況
        Y | I | 1,4,5,7,13,17,20,22 | - | 地域共想部の遅延
        Y | N | - | rest | ほげほげ
        Y | N | - | rest | 1234
        Y | N | - | rest | ?
        """;

    private static IEnumerable<string> Lines => Table.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'));

    public static TheoryData<string> Rows() => [.. Lines];

    [Fact]
    public void Table_HasAtLeastThreeHundredPhrasingsAndNoRowTwice()
    {
        var rows = Lines.Select(Parse).ToList();

        // The same words asked by someone else (a member, about what they may see) are a row of their own, not a phrasing.
        var phrasings = rows.Select(r => r.Question).Distinct(StringComparer.Ordinal).Count();
        Assert.True(phrasings >= 300, $"{phrasings} phrasings");
        Assert.Equal(rows.Count, rows.Select(r => (r.Asker.Email, r.Question)).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Answer_Phrasing_NamesTheInitiativesItMustAndNoneItMustNot(string row)
    {
        var (asker, kind, must, mustNot, question) = Parse(row);

        var answer = Answer(question, asker);
        var named = Named(answer);

        var text = AnswerText.Render(answer);
        if (kind is { } expected)
        {
            Assert.True(expected == answer.Kind, $"{question}: {answer.Kind}, expected {expected}\n{text}");
        }

        Assert.True(must.All(named.Contains), $"{question}: must name {string.Join(",", must)}, named {string.Join(",", named)}\n{text}");
        Assert.True(!mustNot.Any(named.Contains), $"{question}: must not name {string.Join(",", mustNot.Where(named.Contains))}\n{text}");
        Assert.True(named.All(n => MaySee(asker, n)), $"{question}: named outside {asker.Name}'s scope\n{text}");
    }

    /// <summary>The initiatives an answer shows: as items, as the subject of a detail, or in a person's open items.</summary>
    internal static HashSet<int> Named(Answer answer)
    {
        var named = new HashSet<int>();
        if (answer.Kind == AnswerKind.Detail && DetailHeading().Match(answer.Heading) is { Success: true } heading)
        {
            named.Add(int.Parse(heading.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (var item in answer.Groups.SelectMany(g => g.Items))
        {
            if (ItemTitle().Match(item.Title) is { Success: true } title)
            {
                named.Add(int.Parse(title.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            }

            foreach (Match key in SubThemeKey().Matches(item.Title))
            {
                named.Add(int.Parse(key.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return named;
    }

    private static (Person Asker, AnswerKind? Kind, int[] Must, int[] MustNot, string Question) Parse(string row)
    {
        var cells = row.Split('|', 5).Select(c => c.Trim()).ToArray();
        var asker = cells[0] switch
        {
            "Y" => Yamamoto,
            "K" => Kato,
            "N" => Nakamura,
            "T" => Tanaka,
            "S" => Suzuki,
            "B" => Kobayashi,
            "I" => Ito,
            "W" => Watanabe,
            "H" => Takahashi,
            var code => throw new InvalidOperationException($"Unknown asker {code}"),
        };
        AnswerKind? kind = cells[1] switch
        {
            "D" => AnswerKind.Detail,
            "I" => AnswerKind.Items,
            "S" => AnswerKind.Summary,
            "O" => AnswerKind.Owners,
            "H" => AnswerKind.History,
            "U" => AnswerKind.Unanswered,
            "C" => AnswerKind.Count,
            "P" => AnswerKind.Plan,
            "E" => AnswerKind.Empty,
            "N" => AnswerKind.NotUnderstood,
            _ => null,
        };
        var must = Numbers(cells[2], []);
        var mustNot = Numbers(cells[3], must);
        return (asker, kind, must, mustNot, cells[4].Replace("\\n", "\n", StringComparison.Ordinal));
    }

    private static int[] Numbers(string cell, int[] must)
    {
        if (cell == "-")
        {
            return [];
        }

        if (cell == "rest")
        {
            return [.. AllInitiatives.Except(must)];
        }

        return [.. cell.Split(',').SelectMany(part =>
        {
            var range = part.Split('-');
            var from = int.Parse(range[0], System.Globalization.CultureInfo.InvariantCulture);
            var to = int.Parse(range[^1], System.Globalization.CultureInfo.InvariantCulture);
            return Enumerable.Range(from, to - from + 1);
        })];
    }

    [GeneratedRegex(@"^取組(\d+) ")]
    private static partial Regex DetailHeading();

    [GeneratedRegex(@"^(\d+)\. ")]
    private static partial Regex ItemTitle();

    [GeneratedRegex(@"取組(\d+)-\d+")]
    private static partial Regex SubThemeKey();
}
