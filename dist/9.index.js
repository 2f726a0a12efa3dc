export const id = 9;
export const ids = [9];
export const modules = {

/***/ 8009:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g$: () => (/* binding */ AliasGlobalVariableNode),
  cc: () => (/* binding */ AliasMethodNode),
  ud: () => (/* binding */ AlternationPatternNode),
  s_: () => (/* binding */ AndNode),
  XI: () => (/* binding */ ArgumentsNode),
  _7: () => (/* binding */ ArrayNode),
  Cw: () => (/* binding */ ArrayPatternNode),
  Kc: () => (/* binding */ AssocNode),
  Ar: () => (/* binding */ AssocSplatNode),
  fk: () => (/* binding */ BackReferenceReadNode),
  LQ: () => (/* binding */ BeginNode),
  pG: () => (/* binding */ BlockArgumentNode),
  J0: () => (/* binding */ BlockLocalVariableNode),
  ub: () => (/* binding */ BlockNode),
  np: () => (/* binding */ BlockParameterNode),
  YC: () => (/* binding */ BlockParametersNode),
  Ad: () => (/* binding */ BreakNode),
  jP: () => (/* binding */ CallAndWriteNode),
  Fo: () => (/* binding */ CallNode),
  iU: () => (/* binding */ CallOperatorWriteNode),
  XQ: () => (/* binding */ CallOrWriteNode),
  KU: () => (/* binding */ CallTargetNode),
  PH: () => (/* binding */ CapturePatternNode),
  Oh: () => (/* binding */ CaseMatchNode),
  PJ: () => (/* binding */ CaseNode),
  Le: () => (/* binding */ ClassNode),
  Pq: () => (/* binding */ ClassVariableAndWriteNode),
  QQ: () => (/* binding */ ClassVariableOperatorWriteNode),
  Pj: () => (/* binding */ ClassVariableOrWriteNode),
  xn: () => (/* binding */ ClassVariableReadNode),
  kY: () => (/* binding */ ClassVariableTargetNode),
  y1: () => (/* binding */ ClassVariableWriteNode),
  Hx: () => (/* binding */ ConstantAndWriteNode),
  ie: () => (/* binding */ ConstantOperatorWriteNode),
  f2: () => (/* binding */ ConstantOrWriteNode),
  a$: () => (/* binding */ ConstantPathAndWriteNode),
  M4: () => (/* binding */ ConstantPathNode),
  fb: () => (/* binding */ ConstantPathOperatorWriteNode),
  md: () => (/* binding */ ConstantPathOrWriteNode),
  FH: () => (/* binding */ ConstantPathTargetNode),
  tu: () => (/* binding */ ConstantPathWriteNode),
  Nq: () => (/* binding */ ConstantReadNode),
  Ev: () => (/* binding */ ConstantTargetNode),
  Ml: () => (/* binding */ ConstantWriteNode),
  o3: () => (/* binding */ DefNode),
  eP: () => (/* binding */ DefinedNode),
  _O: () => (/* binding */ ElseNode),
  Ll: () => (/* binding */ EmbeddedStatementsNode),
  vU: () => (/* binding */ EmbeddedVariableNode),
  Vr: () => (/* binding */ EnsureNode),
  Ku: () => (/* binding */ FalseNode),
  wD: () => (/* binding */ FindPatternNode),
  x7: () => (/* binding */ FlipFlopNode),
  VK: () => (/* binding */ FloatNode),
  ct: () => (/* binding */ ForNode),
  _J: () => (/* binding */ ForwardingArgumentsNode),
  X$: () => (/* binding */ ForwardingParameterNode),
  J6: () => (/* binding */ ForwardingSuperNode),
  _p: () => (/* binding */ GlobalVariableAndWriteNode),
  Vm: () => (/* binding */ GlobalVariableOperatorWriteNode),
  en: () => (/* binding */ GlobalVariableOrWriteNode),
  CL: () => (/* binding */ GlobalVariableReadNode),
  x$: () => (/* binding */ GlobalVariableTargetNode),
  fd: () => (/* binding */ GlobalVariableWriteNode),
  te: () => (/* binding */ HashNode),
  zb: () => (/* binding */ HashPatternNode),
  qb: () => (/* binding */ IfNode),
  mh: () => (/* binding */ ImaginaryNode),
  YU: () => (/* binding */ ImplicitNode),
  El: () => (/* binding */ ImplicitRestNode),
  OP: () => (/* binding */ InNode),
  VJ: () => (/* binding */ IndexAndWriteNode),
  SJ: () => (/* binding */ IndexOperatorWriteNode),
  BI: () => (/* binding */ IndexOrWriteNode),
  Q_: () => (/* binding */ IndexTargetNode),
  bQ: () => (/* binding */ InstanceVariableAndWriteNode),
  JK: () => (/* binding */ InstanceVariableOperatorWriteNode),
  yr: () => (/* binding */ InstanceVariableOrWriteNode),
  QU: () => (/* binding */ InstanceVariableReadNode),
  Y4: () => (/* binding */ InstanceVariableTargetNode),
  ZK: () => (/* binding */ InstanceVariableWriteNode),
  DV: () => (/* binding */ IntegerNode),
  lv: () => (/* binding */ InterpolatedMatchLastLineNode),
  eX: () => (/* binding */ InterpolatedRegularExpressionNode),
  h8: () => (/* binding */ InterpolatedStringNode),
  sV: () => (/* binding */ InterpolatedSymbolNode),
  bn: () => (/* binding */ InterpolatedXStringNode),
  vc: () => (/* binding */ ItLocalVariableReadNode),
  Wq: () => (/* binding */ ItParametersNode),
  w3: () => (/* binding */ KeywordHashNode),
  Jo: () => (/* binding */ KeywordRestParameterNode),
  U_: () => (/* binding */ LambdaNode),
  Wk: () => (/* binding */ LocalVariableAndWriteNode),
  RF: () => (/* binding */ LocalVariableOperatorWriteNode),
  eg: () => (/* binding */ LocalVariableOrWriteNode),
  cr: () => (/* binding */ LocalVariableReadNode),
  zB: () => (/* binding */ LocalVariableTargetNode),
  xf: () => (/* binding */ LocalVariableWriteNode),
  e0: () => (/* binding */ MatchLastLineNode),
  D2: () => (/* binding */ MatchPredicateNode),
  dx: () => (/* binding */ MatchRequiredNode),
  r3: () => (/* binding */ MatchWriteNode),
  rM: () => (/* binding */ MissingNode),
  Fi: () => (/* binding */ ModuleNode),
  z4: () => (/* binding */ MultiTargetNode),
  At: () => (/* binding */ MultiWriteNode),
  wX: () => (/* binding */ NextNode),
  Kw: () => (/* binding */ NilNode),
  bx: () => (/* binding */ NoKeywordsParameterNode),
  D3: () => (/* binding */ NumberedParametersNode),
  i1: () => (/* binding */ NumberedReferenceReadNode),
  Pg: () => (/* binding */ OptionalKeywordParameterNode),
  A9: () => (/* binding */ OptionalParameterNode),
  Ks: () => (/* binding */ OrNode),
  zV: () => (/* binding */ ParametersNode),
  RB: () => (/* binding */ ParenthesesNode),
  pA: () => (/* binding */ PinnedExpressionNode),
  vw: () => (/* binding */ PinnedVariableNode),
  $e: () => (/* binding */ PostExecutionNode),
  U3: () => (/* binding */ PreExecutionNode),
  ze: () => (/* binding */ ProgramNode),
  Q4: () => (/* binding */ RangeNode),
  Lg: () => (/* binding */ RationalNode),
  tq: () => (/* binding */ RedoNode),
  tO: () => (/* binding */ RegularExpressionNode),
  Yq: () => (/* binding */ RequiredKeywordParameterNode),
  xX: () => (/* binding */ RequiredParameterNode),
  bv: () => (/* binding */ RescueModifierNode),
  cP: () => (/* binding */ RescueNode),
  ut: () => (/* binding */ RestParameterNode),
  Ph: () => (/* binding */ RetryNode),
  xP: () => (/* binding */ ReturnNode),
  pb: () => (/* binding */ SelfNode),
  ye: () => (/* binding */ ShareableConstantNode),
  er: () => (/* binding */ SingletonClassNode),
  rP: () => (/* binding */ SourceEncodingNode),
  an: () => (/* binding */ SourceFileNode),
  AO: () => (/* binding */ SourceLineNode),
  bO: () => (/* binding */ SplatNode),
  Z$: () => (/* binding */ StatementsNode),
  k7: () => (/* binding */ StringNode),
  aG: () => (/* binding */ SuperNode),
  Lz: () => (/* binding */ SymbolNode),
  ZU: () => (/* binding */ TrueNode),
  V6: () => (/* binding */ UndefNode),
  hl: () => (/* binding */ UnlessNode),
  lt: () => (/* binding */ UntilNode),
  ti: () => (/* binding */ WhenNode),
  eN: () => (/* binding */ WhileNode),
  KH: () => (/* binding */ XStringNode),
  CZ: () => (/* binding */ YieldNode)
});

;// CONCATENATED MODULE: ./node_modules/@ruby/prism/src/visitor.js
/* :markup: markdown */

/*----------------------------------------------------------------------------*/
/* This file is generated by the templates/template.rb script and should not  */
/* be modified manually. See                                                  */
/* templates/javascript/src/visitor.js.erb                                    */
/* if you are looking to modify the                                           */
/* template                                                                   */
/*----------------------------------------------------------------------------*/



/**
 * A class that knows how to walk down the tree. None of the individual visit
 * methods are implemented on this visitor, so it forces the consumer to
 * implement each one that they need. For a default implementation that
 * continues walking the tree, see the `Visitor` class.
 *
 */
class BasicVisitor {
  /**
   * Calls `accept` on the given node if it is not `null`, which in turn should
   * call back into this visitor by calling the appropriate `visit*` method.
   *
   * @param {nodes.Node} node
   */
  visit(node) {
    node?.accept(this);
  }

  /**
   * Visits each node in `nodes` by calling `accept` on each one.
   *
   * @param {nodes.Node[]} nodes
   */
  visitAll(nodes) {
    nodes.forEach((node) => {
      node?.accept(this);
    });
  }

  /**
   * Visits the child nodes of `node` by calling `accept` on each one.
   *
   * @param {nodes.Node} node
   */
  visitChildNodes(node) {
    node.compactChildNodes().forEach((childNode) => {
      childNode.accept(this);
    });
  }
}

/**
 * A visitor is a class that provides a default implementation for every accept
 * method defined on the nodes. This means it can walk a tree without the
 * caller needing to define any special handling. This allows you to handle a
 * subset of the tree, while still walking the whole tree.
 *
 * For example, to find all of the method calls that call the `foo` method, you
 * could write:
 *
 * @example
 * class FooCalls extends Visitor {
 *   visitCallNode(node) {
 *     if (node.name === "foo") {
 *       // Do something with the node
 *     }
 *
 *     // Call super so that the visitor continues walking the tree
 *     super.visitCallNode(node);
 *   }
 * }
 *
 */
class Visitor extends (/* unused pure expression or super */ null && (BasicVisitor)) {
  /**
   * Visit a AliasGlobalVariableNode node.
   *
   * @param {nodes.AliasGlobalVariableNode} node
   */
  visitAliasGlobalVariableNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a AliasMethodNode node.
   *
   * @param {nodes.AliasMethodNode} node
   */
  visitAliasMethodNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a AlternationPatternNode node.
   *
   * @param {nodes.AlternationPatternNode} node
   */
  visitAlternationPatternNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a AndNode node.
   *
   * @param {nodes.AndNode} node
   */
  visitAndNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ArgumentsNode node.
   *
   * @param {nodes.ArgumentsNode} node
   */
  visitArgumentsNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ArrayNode node.
   *
   * @param {nodes.ArrayNode} node
   */
  visitArrayNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ArrayPatternNode node.
   *
   * @param {nodes.ArrayPatternNode} node
   */
  visitArrayPatternNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a AssocNode node.
   *
   * @param {nodes.AssocNode} node
   */
  visitAssocNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a AssocSplatNode node.
   *
   * @param {nodes.AssocSplatNode} node
   */
  visitAssocSplatNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a BackReferenceReadNode node.
   *
   * @param {nodes.BackReferenceReadNode} node
   */
  visitBackReferenceReadNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a BeginNode node.
   *
   * @param {nodes.BeginNode} node
   */
  visitBeginNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a BlockArgumentNode node.
   *
   * @param {nodes.BlockArgumentNode} node
   */
  visitBlockArgumentNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a BlockLocalVariableNode node.
   *
   * @param {nodes.BlockLocalVariableNode} node
   */
  visitBlockLocalVariableNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a BlockNode node.
   *
   * @param {nodes.BlockNode} node
   */
  visitBlockNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a BlockParameterNode node.
   *
   * @param {nodes.BlockParameterNode} node
   */
  visitBlockParameterNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a BlockParametersNode node.
   *
   * @param {nodes.BlockParametersNode} node
   */
  visitBlockParametersNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a BreakNode node.
   *
   * @param {nodes.BreakNode} node
   */
  visitBreakNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a CallAndWriteNode node.
   *
   * @param {nodes.CallAndWriteNode} node
   */
  visitCallAndWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a CallNode node.
   *
   * @param {nodes.CallNode} node
   */
  visitCallNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a CallOperatorWriteNode node.
   *
   * @param {nodes.CallOperatorWriteNode} node
   */
  visitCallOperatorWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a CallOrWriteNode node.
   *
   * @param {nodes.CallOrWriteNode} node
   */
  visitCallOrWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a CallTargetNode node.
   *
   * @param {nodes.CallTargetNode} node
   */
  visitCallTargetNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a CapturePatternNode node.
   *
   * @param {nodes.CapturePatternNode} node
   */
  visitCapturePatternNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a CaseMatchNode node.
   *
   * @param {nodes.CaseMatchNode} node
   */
  visitCaseMatchNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a CaseNode node.
   *
   * @param {nodes.CaseNode} node
   */
  visitCaseNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ClassNode node.
   *
   * @param {nodes.ClassNode} node
   */
  visitClassNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ClassVariableAndWriteNode node.
   *
   * @param {nodes.ClassVariableAndWriteNode} node
   */
  visitClassVariableAndWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ClassVariableOperatorWriteNode node.
   *
   * @param {nodes.ClassVariableOperatorWriteNode} node
   */
  visitClassVariableOperatorWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ClassVariableOrWriteNode node.
   *
   * @param {nodes.ClassVariableOrWriteNode} node
   */
  visitClassVariableOrWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ClassVariableReadNode node.
   *
   * @param {nodes.ClassVariableReadNode} node
   */
  visitClassVariableReadNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ClassVariableTargetNode node.
   *
   * @param {nodes.ClassVariableTargetNode} node
   */
  visitClassVariableTargetNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ClassVariableWriteNode node.
   *
   * @param {nodes.ClassVariableWriteNode} node
   */
  visitClassVariableWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ConstantAndWriteNode node.
   *
   * @param {nodes.ConstantAndWriteNode} node
   */
  visitConstantAndWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ConstantOperatorWriteNode node.
   *
   * @param {nodes.ConstantOperatorWriteNode} node
   */
  visitConstantOperatorWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ConstantOrWriteNode node.
   *
   * @param {nodes.ConstantOrWriteNode} node
   */
  visitConstantOrWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ConstantPathAndWriteNode node.
   *
   * @param {nodes.ConstantPathAndWriteNode} node
   */
  visitConstantPathAndWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ConstantPathNode node.
   *
   * @param {nodes.ConstantPathNode} node
   */
  visitConstantPathNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ConstantPathOperatorWriteNode node.
   *
   * @param {nodes.ConstantPathOperatorWriteNode} node
   */
  visitConstantPathOperatorWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ConstantPathOrWriteNode node.
   *
   * @param {nodes.ConstantPathOrWriteNode} node
   */
  visitConstantPathOrWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ConstantPathTargetNode node.
   *
   * @param {nodes.ConstantPathTargetNode} node
   */
  visitConstantPathTargetNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ConstantPathWriteNode node.
   *
   * @param {nodes.ConstantPathWriteNode} node
   */
  visitConstantPathWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ConstantReadNode node.
   *
   * @param {nodes.ConstantReadNode} node
   */
  visitConstantReadNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ConstantTargetNode node.
   *
   * @param {nodes.ConstantTargetNode} node
   */
  visitConstantTargetNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ConstantWriteNode node.
   *
   * @param {nodes.ConstantWriteNode} node
   */
  visitConstantWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a DefNode node.
   *
   * @param {nodes.DefNode} node
   */
  visitDefNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a DefinedNode node.
   *
   * @param {nodes.DefinedNode} node
   */
  visitDefinedNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ElseNode node.
   *
   * @param {nodes.ElseNode} node
   */
  visitElseNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a EmbeddedStatementsNode node.
   *
   * @param {nodes.EmbeddedStatementsNode} node
   */
  visitEmbeddedStatementsNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a EmbeddedVariableNode node.
   *
   * @param {nodes.EmbeddedVariableNode} node
   */
  visitEmbeddedVariableNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a EnsureNode node.
   *
   * @param {nodes.EnsureNode} node
   */
  visitEnsureNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a FalseNode node.
   *
   * @param {nodes.FalseNode} node
   */
  visitFalseNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a FindPatternNode node.
   *
   * @param {nodes.FindPatternNode} node
   */
  visitFindPatternNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a FlipFlopNode node.
   *
   * @param {nodes.FlipFlopNode} node
   */
  visitFlipFlopNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a FloatNode node.
   *
   * @param {nodes.FloatNode} node
   */
  visitFloatNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ForNode node.
   *
   * @param {nodes.ForNode} node
   */
  visitForNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ForwardingArgumentsNode node.
   *
   * @param {nodes.ForwardingArgumentsNode} node
   */
  visitForwardingArgumentsNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ForwardingParameterNode node.
   *
   * @param {nodes.ForwardingParameterNode} node
   */
  visitForwardingParameterNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ForwardingSuperNode node.
   *
   * @param {nodes.ForwardingSuperNode} node
   */
  visitForwardingSuperNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a GlobalVariableAndWriteNode node.
   *
   * @param {nodes.GlobalVariableAndWriteNode} node
   */
  visitGlobalVariableAndWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a GlobalVariableOperatorWriteNode node.
   *
   * @param {nodes.GlobalVariableOperatorWriteNode} node
   */
  visitGlobalVariableOperatorWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a GlobalVariableOrWriteNode node.
   *
   * @param {nodes.GlobalVariableOrWriteNode} node
   */
  visitGlobalVariableOrWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a GlobalVariableReadNode node.
   *
   * @param {nodes.GlobalVariableReadNode} node
   */
  visitGlobalVariableReadNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a GlobalVariableTargetNode node.
   *
   * @param {nodes.GlobalVariableTargetNode} node
   */
  visitGlobalVariableTargetNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a GlobalVariableWriteNode node.
   *
   * @param {nodes.GlobalVariableWriteNode} node
   */
  visitGlobalVariableWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a HashNode node.
   *
   * @param {nodes.HashNode} node
   */
  visitHashNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a HashPatternNode node.
   *
   * @param {nodes.HashPatternNode} node
   */
  visitHashPatternNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a IfNode node.
   *
   * @param {nodes.IfNode} node
   */
  visitIfNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ImaginaryNode node.
   *
   * @param {nodes.ImaginaryNode} node
   */
  visitImaginaryNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ImplicitNode node.
   *
   * @param {nodes.ImplicitNode} node
   */
  visitImplicitNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ImplicitRestNode node.
   *
   * @param {nodes.ImplicitRestNode} node
   */
  visitImplicitRestNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a InNode node.
   *
   * @param {nodes.InNode} node
   */
  visitInNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a IndexAndWriteNode node.
   *
   * @param {nodes.IndexAndWriteNode} node
   */
  visitIndexAndWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a IndexOperatorWriteNode node.
   *
   * @param {nodes.IndexOperatorWriteNode} node
   */
  visitIndexOperatorWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a IndexOrWriteNode node.
   *
   * @param {nodes.IndexOrWriteNode} node
   */
  visitIndexOrWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a IndexTargetNode node.
   *
   * @param {nodes.IndexTargetNode} node
   */
  visitIndexTargetNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a InstanceVariableAndWriteNode node.
   *
   * @param {nodes.InstanceVariableAndWriteNode} node
   */
  visitInstanceVariableAndWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a InstanceVariableOperatorWriteNode node.
   *
   * @param {nodes.InstanceVariableOperatorWriteNode} node
   */
  visitInstanceVariableOperatorWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a InstanceVariableOrWriteNode node.
   *
   * @param {nodes.InstanceVariableOrWriteNode} node
   */
  visitInstanceVariableOrWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a InstanceVariableReadNode node.
   *
   * @param {nodes.InstanceVariableReadNode} node
   */
  visitInstanceVariableReadNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a InstanceVariableTargetNode node.
   *
   * @param {nodes.InstanceVariableTargetNode} node
   */
  visitInstanceVariableTargetNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a InstanceVariableWriteNode node.
   *
   * @param {nodes.InstanceVariableWriteNode} node
   */
  visitInstanceVariableWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a IntegerNode node.
   *
   * @param {nodes.IntegerNode} node
   */
  visitIntegerNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a InterpolatedMatchLastLineNode node.
   *
   * @param {nodes.InterpolatedMatchLastLineNode} node
   */
  visitInterpolatedMatchLastLineNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a InterpolatedRegularExpressionNode node.
   *
   * @param {nodes.InterpolatedRegularExpressionNode} node
   */
  visitInterpolatedRegularExpressionNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a InterpolatedStringNode node.
   *
   * @param {nodes.InterpolatedStringNode} node
   */
  visitInterpolatedStringNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a InterpolatedSymbolNode node.
   *
   * @param {nodes.InterpolatedSymbolNode} node
   */
  visitInterpolatedSymbolNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a InterpolatedXStringNode node.
   *
   * @param {nodes.InterpolatedXStringNode} node
   */
  visitInterpolatedXStringNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ItLocalVariableReadNode node.
   *
   * @param {nodes.ItLocalVariableReadNode} node
   */
  visitItLocalVariableReadNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ItParametersNode node.
   *
   * @param {nodes.ItParametersNode} node
   */
  visitItParametersNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a KeywordHashNode node.
   *
   * @param {nodes.KeywordHashNode} node
   */
  visitKeywordHashNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a KeywordRestParameterNode node.
   *
   * @param {nodes.KeywordRestParameterNode} node
   */
  visitKeywordRestParameterNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a LambdaNode node.
   *
   * @param {nodes.LambdaNode} node
   */
  visitLambdaNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a LocalVariableAndWriteNode node.
   *
   * @param {nodes.LocalVariableAndWriteNode} node
   */
  visitLocalVariableAndWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a LocalVariableOperatorWriteNode node.
   *
   * @param {nodes.LocalVariableOperatorWriteNode} node
   */
  visitLocalVariableOperatorWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a LocalVariableOrWriteNode node.
   *
   * @param {nodes.LocalVariableOrWriteNode} node
   */
  visitLocalVariableOrWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a LocalVariableReadNode node.
   *
   * @param {nodes.LocalVariableReadNode} node
   */
  visitLocalVariableReadNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a LocalVariableTargetNode node.
   *
   * @param {nodes.LocalVariableTargetNode} node
   */
  visitLocalVariableTargetNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a LocalVariableWriteNode node.
   *
   * @param {nodes.LocalVariableWriteNode} node
   */
  visitLocalVariableWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a MatchLastLineNode node.
   *
   * @param {nodes.MatchLastLineNode} node
   */
  visitMatchLastLineNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a MatchPredicateNode node.
   *
   * @param {nodes.MatchPredicateNode} node
   */
  visitMatchPredicateNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a MatchRequiredNode node.
   *
   * @param {nodes.MatchRequiredNode} node
   */
  visitMatchRequiredNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a MatchWriteNode node.
   *
   * @param {nodes.MatchWriteNode} node
   */
  visitMatchWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a MissingNode node.
   *
   * @param {nodes.MissingNode} node
   */
  visitMissingNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ModuleNode node.
   *
   * @param {nodes.ModuleNode} node
   */
  visitModuleNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a MultiTargetNode node.
   *
   * @param {nodes.MultiTargetNode} node
   */
  visitMultiTargetNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a MultiWriteNode node.
   *
   * @param {nodes.MultiWriteNode} node
   */
  visitMultiWriteNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a NextNode node.
   *
   * @param {nodes.NextNode} node
   */
  visitNextNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a NilNode node.
   *
   * @param {nodes.NilNode} node
   */
  visitNilNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a NoKeywordsParameterNode node.
   *
   * @param {nodes.NoKeywordsParameterNode} node
   */
  visitNoKeywordsParameterNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a NumberedParametersNode node.
   *
   * @param {nodes.NumberedParametersNode} node
   */
  visitNumberedParametersNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a NumberedReferenceReadNode node.
   *
   * @param {nodes.NumberedReferenceReadNode} node
   */
  visitNumberedReferenceReadNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a OptionalKeywordParameterNode node.
   *
   * @param {nodes.OptionalKeywordParameterNode} node
   */
  visitOptionalKeywordParameterNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a OptionalParameterNode node.
   *
   * @param {nodes.OptionalParameterNode} node
   */
  visitOptionalParameterNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a OrNode node.
   *
   * @param {nodes.OrNode} node
   */
  visitOrNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ParametersNode node.
   *
   * @param {nodes.ParametersNode} node
   */
  visitParametersNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ParenthesesNode node.
   *
   * @param {nodes.ParenthesesNode} node
   */
  visitParenthesesNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a PinnedExpressionNode node.
   *
   * @param {nodes.PinnedExpressionNode} node
   */
  visitPinnedExpressionNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a PinnedVariableNode node.
   *
   * @param {nodes.PinnedVariableNode} node
   */
  visitPinnedVariableNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a PostExecutionNode node.
   *
   * @param {nodes.PostExecutionNode} node
   */
  visitPostExecutionNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a PreExecutionNode node.
   *
   * @param {nodes.PreExecutionNode} node
   */
  visitPreExecutionNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ProgramNode node.
   *
   * @param {nodes.ProgramNode} node
   */
  visitProgramNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a RangeNode node.
   *
   * @param {nodes.RangeNode} node
   */
  visitRangeNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a RationalNode node.
   *
   * @param {nodes.RationalNode} node
   */
  visitRationalNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a RedoNode node.
   *
   * @param {nodes.RedoNode} node
   */
  visitRedoNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a RegularExpressionNode node.
   *
   * @param {nodes.RegularExpressionNode} node
   */
  visitRegularExpressionNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a RequiredKeywordParameterNode node.
   *
   * @param {nodes.RequiredKeywordParameterNode} node
   */
  visitRequiredKeywordParameterNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a RequiredParameterNode node.
   *
   * @param {nodes.RequiredParameterNode} node
   */
  visitRequiredParameterNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a RescueModifierNode node.
   *
   * @param {nodes.RescueModifierNode} node
   */
  visitRescueModifierNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a RescueNode node.
   *
   * @param {nodes.RescueNode} node
   */
  visitRescueNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a RestParameterNode node.
   *
   * @param {nodes.RestParameterNode} node
   */
  visitRestParameterNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a RetryNode node.
   *
   * @param {nodes.RetryNode} node
   */
  visitRetryNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ReturnNode node.
   *
   * @param {nodes.ReturnNode} node
   */
  visitReturnNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a SelfNode node.
   *
   * @param {nodes.SelfNode} node
   */
  visitSelfNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a ShareableConstantNode node.
   *
   * @param {nodes.ShareableConstantNode} node
   */
  visitShareableConstantNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a SingletonClassNode node.
   *
   * @param {nodes.SingletonClassNode} node
   */
  visitSingletonClassNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a SourceEncodingNode node.
   *
   * @param {nodes.SourceEncodingNode} node
   */
  visitSourceEncodingNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a SourceFileNode node.
   *
   * @param {nodes.SourceFileNode} node
   */
  visitSourceFileNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a SourceLineNode node.
   *
   * @param {nodes.SourceLineNode} node
   */
  visitSourceLineNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a SplatNode node.
   *
   * @param {nodes.SplatNode} node
   */
  visitSplatNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a StatementsNode node.
   *
   * @param {nodes.StatementsNode} node
   */
  visitStatementsNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a StringNode node.
   *
   * @param {nodes.StringNode} node
   */
  visitStringNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a SuperNode node.
   *
   * @param {nodes.SuperNode} node
   */
  visitSuperNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a SymbolNode node.
   *
   * @param {nodes.SymbolNode} node
   */
  visitSymbolNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a TrueNode node.
   *
   * @param {nodes.TrueNode} node
   */
  visitTrueNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a UndefNode node.
   *
   * @param {nodes.UndefNode} node
   */
  visitUndefNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a UnlessNode node.
   *
   * @param {nodes.UnlessNode} node
   */
  visitUnlessNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a UntilNode node.
   *
   * @param {nodes.UntilNode} node
   */
  visitUntilNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a WhenNode node.
   *
   * @param {nodes.WhenNode} node
   */
  visitWhenNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a WhileNode node.
   *
   * @param {nodes.WhileNode} node
   */
  visitWhileNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a XStringNode node.
   *
   * @param {nodes.XStringNode} node
   */
  visitXStringNode(node) {
    this.visitChildNodes(node);
  }

  /**
   * Visit a YieldNode node.
   *
   * @param {nodes.YieldNode} node
   */
  visitYieldNode(node) {
    this.visitChildNodes(node);
  }
}

;// CONCATENATED MODULE: ./node_modules/@ruby/prism/src/nodes.js
/* :markup: markdown */

/*----------------------------------------------------------------------------*/
/* This file is generated by the templates/template.rb script and should not  */
/* be modified manually. See                                                  */
/* templates/javascript/src/nodes.js.erb                                      */
/* if you are looking to modify the                                           */
/* template                                                                   */
/*----------------------------------------------------------------------------*/




/**
 * Flags for arguments nodes.
 */
const ArgumentsNodeFlags = {
  CONTAINS_FORWARDING: 1 << 2,
  CONTAINS_KEYWORDS: 1 << 3,
  CONTAINS_KEYWORD_SPLAT: 1 << 4,
  CONTAINS_SPLAT: 1 << 5,
  CONTAINS_MULTIPLE_SPLATS: 1 << 6,
};

/**
 * Flags for array nodes.
 */
const ArrayNodeFlags = {
  CONTAINS_SPLAT: 1 << 2,
};

/**
 * Flags for call nodes.
 */
const CallNodeFlags = {
  SAFE_NAVIGATION: 1 << 2,
  VARIABLE_CALL: 1 << 3,
  ATTRIBUTE_WRITE: 1 << 4,
  IGNORE_VISIBILITY: 1 << 5,
};

/**
 * Flags for nodes that have unescaped content.
 */
const EncodingFlags = {
  FORCED_UTF8_ENCODING: 1 << 2,
  FORCED_BINARY_ENCODING: 1 << 3,
};

/**
 * Flags for integer nodes that correspond to the base of the integer.
 */
const IntegerBaseFlags = {
  BINARY: 1 << 2,
  DECIMAL: 1 << 3,
  OCTAL: 1 << 4,
  HEXADECIMAL: 1 << 5,
};

/**
 * Flags for interpolated string nodes that indicated mutability if they are also marked as literals.
 */
const InterpolatedStringNodeFlags = {
  FROZEN: 1 << 2,
  MUTABLE: 1 << 3,
};

/**
 * Flags for keyword hash nodes.
 */
const KeywordHashNodeFlags = {
  SYMBOL_KEYS: 1 << 2,
};

/**
 * Flags for while and until loop nodes.
 */
const LoopFlags = {
  BEGIN_MODIFIER: 1 << 2,
};

/**
 * Flags for parameter nodes.
 */
const ParameterFlags = {
  REPEATED_PARAMETER: 1 << 2,
};

/**
 * Flags for parentheses nodes.
 */
const ParenthesesNodeFlags = {
  MULTIPLE_STATEMENTS: 1 << 2,
};

/**
 * Flags for range and flip-flop nodes.
 */
const RangeFlags = {
  EXCLUDE_END: 1 << 2,
};

/**
 * Flags for regular expression and match last line nodes.
 */
const RegularExpressionFlags = {
  IGNORE_CASE: 1 << 2,
  EXTENDED: 1 << 3,
  MULTI_LINE: 1 << 4,
  ONCE: 1 << 5,
  EUC_JP: 1 << 6,
  ASCII_8BIT: 1 << 7,
  WINDOWS_31J: 1 << 8,
  UTF_8: 1 << 9,
  FORCED_UTF8_ENCODING: 1 << 10,
  FORCED_BINARY_ENCODING: 1 << 11,
  FORCED_US_ASCII_ENCODING: 1 << 12,
};

/**
 * Flags for shareable constant nodes.
 */
const ShareableConstantNodeFlags = {
  LITERAL: 1 << 2,
  EXPERIMENTAL_EVERYTHING: 1 << 3,
  EXPERIMENTAL_COPY: 1 << 4,
};

/**
 * Flags for string nodes.
 */
const StringFlags = {
  FORCED_UTF8_ENCODING: 1 << 2,
  FORCED_BINARY_ENCODING: 1 << 3,
  FROZEN: 1 << 4,
  MUTABLE: 1 << 5,
};

/**
 * Flags for symbol nodes.
 */
const SymbolFlags = {
  FORCED_UTF8_ENCODING: 1 << 2,
  FORCED_BINARY_ENCODING: 1 << 3,
  FORCED_US_ASCII_ENCODING: 1 << 4,
};

/**
 * A location in the source code.
 *
 * @typedef {{ startOffset: number, length: number }} Location
 */

/**
 * An encoded Ruby string.
 *
 * @typedef {{ value: string, encoding: string, validEncoding: boolean }} RubyString
 */

/**
 * A generic node in the tree.
 *
 * @typedef {(AliasGlobalVariableNode|AliasMethodNode|AlternationPatternNode|AndNode|ArgumentsNode|ArrayNode|ArrayPatternNode|AssocNode|AssocSplatNode|BackReferenceReadNode|BeginNode|BlockArgumentNode|BlockLocalVariableNode|BlockNode|BlockParameterNode|BlockParametersNode|BreakNode|CallAndWriteNode|CallNode|CallOperatorWriteNode|CallOrWriteNode|CallTargetNode|CapturePatternNode|CaseMatchNode|CaseNode|ClassNode|ClassVariableAndWriteNode|ClassVariableOperatorWriteNode|ClassVariableOrWriteNode|ClassVariableReadNode|ClassVariableTargetNode|ClassVariableWriteNode|ConstantAndWriteNode|ConstantOperatorWriteNode|ConstantOrWriteNode|ConstantPathAndWriteNode|ConstantPathNode|ConstantPathOperatorWriteNode|ConstantPathOrWriteNode|ConstantPathTargetNode|ConstantPathWriteNode|ConstantReadNode|ConstantTargetNode|ConstantWriteNode|DefNode|DefinedNode|ElseNode|EmbeddedStatementsNode|EmbeddedVariableNode|EnsureNode|FalseNode|FindPatternNode|FlipFlopNode|FloatNode|ForNode|ForwardingArgumentsNode|ForwardingParameterNode|ForwardingSuperNode|GlobalVariableAndWriteNode|GlobalVariableOperatorWriteNode|GlobalVariableOrWriteNode|GlobalVariableReadNode|GlobalVariableTargetNode|GlobalVariableWriteNode|HashNode|HashPatternNode|IfNode|ImaginaryNode|ImplicitNode|ImplicitRestNode|InNode|IndexAndWriteNode|IndexOperatorWriteNode|IndexOrWriteNode|IndexTargetNode|InstanceVariableAndWriteNode|InstanceVariableOperatorWriteNode|InstanceVariableOrWriteNode|InstanceVariableReadNode|InstanceVariableTargetNode|InstanceVariableWriteNode|IntegerNode|InterpolatedMatchLastLineNode|InterpolatedRegularExpressionNode|InterpolatedStringNode|InterpolatedSymbolNode|InterpolatedXStringNode|ItLocalVariableReadNode|ItParametersNode|KeywordHashNode|KeywordRestParameterNode|LambdaNode|LocalVariableAndWriteNode|LocalVariableOperatorWriteNode|LocalVariableOrWriteNode|LocalVariableReadNode|LocalVariableTargetNode|LocalVariableWriteNode|MatchLastLineNode|MatchPredicateNode|MatchRequiredNode|MatchWriteNode|MissingNode|ModuleNode|MultiTargetNode|MultiWriteNode|NextNode|NilNode|NoKeywordsParameterNode|NumberedParametersNode|NumberedReferenceReadNode|OptionalKeywordParameterNode|OptionalParameterNode|OrNode|ParametersNode|ParenthesesNode|PinnedExpressionNode|PinnedVariableNode|PostExecutionNode|PreExecutionNode|ProgramNode|RangeNode|RationalNode|RedoNode|RegularExpressionNode|RequiredKeywordParameterNode|RequiredParameterNode|RescueModifierNode|RescueNode|RestParameterNode|RetryNode|ReturnNode|SelfNode|ShareableConstantNode|SingletonClassNode|SourceEncodingNode|SourceFileNode|SourceLineNode|SplatNode|StatementsNode|StringNode|SuperNode|SymbolNode|TrueNode|UndefNode|UnlessNode|UntilNode|WhenNode|WhileNode|XStringNode|YieldNode)} Node
 */

/**
 * Represents the use of the `alias` keyword to alias a global variable.
 *
 *     alias $foo $bar
 *     ^^^^^^^^^^^^^^^
 */
class AliasGlobalVariableNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node
   */
  newName;

  /**
   * @type Node
   */
  oldName;

  /**
   * @type Location
   */
  keywordLoc;

  /**
   * Construct a new AliasGlobalVariableNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node} newName
   * @param {Node} oldName
   * @param {Location} keywordLoc
   */
  constructor(nodeID, location, flags, newName, oldName, keywordLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.newName = newName;
    this.oldName = oldName;
    this.keywordLoc = keywordLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitAliasGlobalVariableNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.newName, this.oldName]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.newName, this.oldName];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "AliasGlobalVariableNode",
      location: this.location,
      flags: this.#flags,
      newName: this.newName,
      oldName: this.oldName,
      keywordLoc: this.keywordLoc,
    };
  }
}

/**
 * Represents the use of the `alias` keyword to alias a method.
 *
 *     alias foo bar
 *     ^^^^^^^^^^^^^
 */
class AliasMethodNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node
   */
  newName;

  /**
   * @type Node
   */
  oldName;

  /**
   * @type Location
   */
  keywordLoc;

  /**
   * Construct a new AliasMethodNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node} newName
   * @param {Node} oldName
   * @param {Location} keywordLoc
   */
  constructor(nodeID, location, flags, newName, oldName, keywordLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.newName = newName;
    this.oldName = oldName;
    this.keywordLoc = keywordLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitAliasMethodNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.newName, this.oldName]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.newName, this.oldName];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "AliasMethodNode",
      location: this.location,
      flags: this.#flags,
      newName: this.newName,
      oldName: this.oldName,
      keywordLoc: this.keywordLoc,
    };
  }
}

/**
 * Represents an alternation pattern in pattern matching.
 *
 *     foo => bar | baz
 *            ^^^^^^^^^
 */
class AlternationPatternNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node
   */
  left;

  /**
   * @type Node
   */
  right;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * Construct a new AlternationPatternNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node} left
   * @param {Node} right
   * @param {Location} operatorLoc
   */
  constructor(nodeID, location, flags, left, right, operatorLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.left = left;
    this.right = right;
    this.operatorLoc = operatorLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitAlternationPatternNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.left, this.right]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.left, this.right];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "AlternationPatternNode",
      location: this.location,
      flags: this.#flags,
      left: this.left,
      right: this.right,
      operatorLoc: this.operatorLoc,
    };
  }
}

/**
 * Represents the use of the `&&` operator or the `and` keyword.
 *
 *     left and right
 *     ^^^^^^^^^^^^^^
 */
class AndNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node
   */
  left;

  /**
   * @type Node
   */
  right;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * Construct a new AndNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node} left
   * @param {Node} right
   * @param {Location} operatorLoc
   */
  constructor(nodeID, location, flags, left, right, operatorLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.left = left;
    this.right = right;
    this.operatorLoc = operatorLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitAndNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.left, this.right]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.left, this.right];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "AndNode",
      location: this.location,
      flags: this.#flags,
      left: this.left,
      right: this.right,
      operatorLoc: this.operatorLoc,
    };
  }
}

/**
 * Represents a set of arguments to a method or a keyword.
 *
 *     return foo, bar, baz
 *            ^^^^^^^^^^^^^
 */
class ArgumentsNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node[]
   */
  arguments_;

  /**
   * Construct a new ArgumentsNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node[]} arguments_
   */
  constructor(nodeID, location, flags, arguments_) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.arguments_ = arguments_;
  }

  /**
   * True if this node has the CONTAINS_FORWARDING flag.
   *
   * @returns {boolean}
   */
  isContainsForwarding() {
    return (this.#flags & ArgumentsNodeFlags.CONTAINS_FORWARDING) !== 0;
  }

  /**
   * True if this node has the CONTAINS_KEYWORDS flag.
   *
   * @returns {boolean}
   */
  isContainsKeywords() {
    return (this.#flags & ArgumentsNodeFlags.CONTAINS_KEYWORDS) !== 0;
  }

  /**
   * True if this node has the CONTAINS_KEYWORD_SPLAT flag.
   *
   * @returns {boolean}
   */
  isContainsKeywordSplat() {
    return (this.#flags & ArgumentsNodeFlags.CONTAINS_KEYWORD_SPLAT) !== 0;
  }

  /**
   * True if this node has the CONTAINS_SPLAT flag.
   *
   * @returns {boolean}
   */
  isContainsSplat() {
    return (this.#flags & ArgumentsNodeFlags.CONTAINS_SPLAT) !== 0;
  }

  /**
   * True if this node has the CONTAINS_MULTIPLE_SPLATS flag.
   *
   * @returns {boolean}
   */
  isContainsMultipleSplats() {
    return (this.#flags & ArgumentsNodeFlags.CONTAINS_MULTIPLE_SPLATS) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitArgumentsNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [...this.arguments_]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [...this.arguments_];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ArgumentsNode",
      location: this.location,
      flags: this.#flags,
      arguments: this.arguments_,
    };
  }
}

/**
 * Represents an array literal. This can be a regular array using brackets or a special array using % like %w or %i.
 *
 *     [1, 2, 3]
 *     ^^^^^^^^^
 */
class ArrayNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node[]
   */
  elements;

  /**
   * @type Location | null
   */
  openingLoc;

  /**
   * @type Location | null
   */
  closingLoc;

  /**
   * Construct a new ArrayNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node[]} elements
   * @param {Location | null} openingLoc
   * @param {Location | null} closingLoc
   */
  constructor(nodeID, location, flags, elements, openingLoc, closingLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.elements = elements;
    this.openingLoc = openingLoc;
    this.closingLoc = closingLoc;
  }

  /**
   * True if this node has the CONTAINS_SPLAT flag.
   *
   * @returns {boolean}
   */
  isContainsSplat() {
    return (this.#flags & ArrayNodeFlags.CONTAINS_SPLAT) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitArrayNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [...this.elements]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [...this.elements];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ArrayNode",
      location: this.location,
      flags: this.#flags,
      elements: this.elements,
      openingLoc: this.openingLoc,
      closingLoc: this.closingLoc,
    };
  }
}

/**
 * Represents an array pattern in pattern matching.
 *
 *     foo in 1, 2
 *     ^^^^^^^^^^^
 *
 *     foo in [1, 2]
 *     ^^^^^^^^^^^^^
 *
 *     foo in *bar
 *     ^^^^^^^^^^^
 *
 *     foo in Bar[]
 *     ^^^^^^^^^^^^
 *
 *     foo in Bar[1, 2, 3]
 *     ^^^^^^^^^^^^^^^^^^^
 */
class ArrayPatternNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node | null
   */
  constant;

  /**
   * @type Node[]
   */
  requireds;

  /**
   * @type Node | null
   */
  rest;

  /**
   * @type Node[]
   */
  posts;

  /**
   * @type Location | null
   */
  openingLoc;

  /**
   * @type Location | null
   */
  closingLoc;

  /**
   * Construct a new ArrayPatternNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node | null} constant
   * @param {Node[]} requireds
   * @param {Node | null} rest
   * @param {Node[]} posts
   * @param {Location | null} openingLoc
   * @param {Location | null} closingLoc
   */
  constructor(nodeID, location, flags, constant, requireds, rest, posts, openingLoc, closingLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.constant = constant;
    this.requireds = requireds;
    this.rest = rest;
    this.posts = posts;
    this.openingLoc = openingLoc;
    this.closingLoc = closingLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitArrayPatternNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.constant, ...this.requireds, this.rest, ...this.posts]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.constant) {
      compact.push(this.constant);
    }
    compact.concat(this.requireds);
    if (this.rest) {
      compact.push(this.rest);
    }
    compact.concat(this.posts);

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ArrayPatternNode",
      location: this.location,
      flags: this.#flags,
      constant: this.constant,
      requireds: this.requireds,
      rest: this.rest,
      posts: this.posts,
      openingLoc: this.openingLoc,
      closingLoc: this.closingLoc,
    };
  }
}

/**
 * Represents a hash key/value pair.
 *
 *     { a => b }
 *       ^^^^^^
 */
class AssocNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node
   */
  key;

  /**
   * @type Node
   */
  value;

  /**
   * @type Location | null
   */
  operatorLoc;

  /**
   * Construct a new AssocNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node} key
   * @param {Node} value
   * @param {Location | null} operatorLoc
   */
  constructor(nodeID, location, flags, key, value, operatorLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.key = key;
    this.value = value;
    this.operatorLoc = operatorLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitAssocNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.key, this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.key, this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "AssocNode",
      location: this.location,
      flags: this.#flags,
      key: this.key,
      value: this.value,
      operatorLoc: this.operatorLoc,
    };
  }
}

/**
 * Represents a splat in a hash literal.
 *
 *     { **foo }
 *       ^^^^^
 */
class AssocSplatNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node | null
   */
  value;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * Construct a new AssocSplatNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node | null} value
   * @param {Location} operatorLoc
   */
  constructor(nodeID, location, flags, value, operatorLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.value = value;
    this.operatorLoc = operatorLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitAssocSplatNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.value) {
      compact.push(this.value);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "AssocSplatNode",
      location: this.location,
      flags: this.#flags,
      value: this.value,
      operatorLoc: this.operatorLoc,
    };
  }
}

/**
 * Represents reading a reference to a field in the previous match.
 *
 *     $'
 *     ^^
 */
class BackReferenceReadNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * Construct a new BackReferenceReadNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   */
  constructor(nodeID, location, flags, name) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitBackReferenceReadNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "BackReferenceReadNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
    };
  }
}

/**
 * Represents a begin statement.
 *
 *     begin
 *       foo
 *     end
 *     ^^^^^
 */
class BeginNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location | null
   */
  beginKeywordLoc;

  /**
   * @type StatementsNode | null
   */
  statements;

  /**
   * @type RescueNode | null
   */
  rescueClause;

  /**
   * @type ElseNode | null
   */
  elseClause;

  /**
   * @type EnsureNode | null
   */
  ensureClause;

  /**
   * @type Location | null
   */
  endKeywordLoc;

  /**
   * Construct a new BeginNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location | null} beginKeywordLoc
   * @param {StatementsNode | null} statements
   * @param {RescueNode | null} rescueClause
   * @param {ElseNode | null} elseClause
   * @param {EnsureNode | null} ensureClause
   * @param {Location | null} endKeywordLoc
   */
  constructor(nodeID, location, flags, beginKeywordLoc, statements, rescueClause, elseClause, ensureClause, endKeywordLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.beginKeywordLoc = beginKeywordLoc;
    this.statements = statements;
    this.rescueClause = rescueClause;
    this.elseClause = elseClause;
    this.ensureClause = ensureClause;
    this.endKeywordLoc = endKeywordLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitBeginNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.statements, this.rescueClause, this.elseClause, this.ensureClause]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.statements) {
      compact.push(this.statements);
    }
    if (this.rescueClause) {
      compact.push(this.rescueClause);
    }
    if (this.elseClause) {
      compact.push(this.elseClause);
    }
    if (this.ensureClause) {
      compact.push(this.ensureClause);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "BeginNode",
      location: this.location,
      flags: this.#flags,
      beginKeywordLoc: this.beginKeywordLoc,
      statements: this.statements,
      rescueClause: this.rescueClause,
      elseClause: this.elseClause,
      ensureClause: this.ensureClause,
      endKeywordLoc: this.endKeywordLoc,
    };
  }
}

/**
 * Represents a block argument using `&`.
 *
 *     bar(&args)
 *     ^^^^^^^^^^
 */
class BlockArgumentNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node | null
   */
  expression;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * Construct a new BlockArgumentNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node | null} expression
   * @param {Location} operatorLoc
   */
  constructor(nodeID, location, flags, expression, operatorLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.expression = expression;
    this.operatorLoc = operatorLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitBlockArgumentNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.expression]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.expression) {
      compact.push(this.expression);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "BlockArgumentNode",
      location: this.location,
      flags: this.#flags,
      expression: this.expression,
      operatorLoc: this.operatorLoc,
    };
  }
}

/**
 * Represents a block local variable.
 *
 *     a { |; b| }
 *            ^
 */
class BlockLocalVariableNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * Construct a new BlockLocalVariableNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   */
  constructor(nodeID, location, flags, name) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
  }

  /**
   * True if this node has the REPEATED_PARAMETER flag.
   *
   * @returns {boolean}
   */
  isRepeatedParameter() {
    return (this.#flags & ParameterFlags.REPEATED_PARAMETER) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitBlockLocalVariableNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "BlockLocalVariableNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
    };
  }
}

/**
 * Represents a block of ruby code.
 *
 *     [1, 2, 3].each { |i| puts x }
 *                    ^^^^^^^^^^^^^^
 */
class BlockNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string[]
   */
  locals;

  /**
   * @type Node | null
   */
  parameters;

  /**
   * @type Node | null
   */
  body;

  /**
   * @type Location
   */
  openingLoc;

  /**
   * @type Location
   */
  closingLoc;

  /**
   * Construct a new BlockNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string[]} locals
   * @param {Node | null} parameters
   * @param {Node | null} body
   * @param {Location} openingLoc
   * @param {Location} closingLoc
   */
  constructor(nodeID, location, flags, locals, parameters, body, openingLoc, closingLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.locals = locals;
    this.parameters = parameters;
    this.body = body;
    this.openingLoc = openingLoc;
    this.closingLoc = closingLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitBlockNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.parameters, this.body]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.parameters) {
      compact.push(this.parameters);
    }
    if (this.body) {
      compact.push(this.body);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "BlockNode",
      location: this.location,
      flags: this.#flags,
      locals: this.locals,
      parameters: this.parameters,
      body: this.body,
      openingLoc: this.openingLoc,
      closingLoc: this.closingLoc,
    };
  }
}

/**
 * Represents a block parameter of a method, block, or lambda definition.
 *
 *     def a(&b)
 *           ^^
 *     end
 */
class BlockParameterNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string | null
   */
  name;

  /**
   * @type Location | null
   */
  nameLoc;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * Construct a new BlockParameterNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string | null} name
   * @param {Location | null} nameLoc
   * @param {Location} operatorLoc
   */
  constructor(nodeID, location, flags, name, nameLoc, operatorLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.nameLoc = nameLoc;
    this.operatorLoc = operatorLoc;
  }

  /**
   * True if this node has the REPEATED_PARAMETER flag.
   *
   * @returns {boolean}
   */
  isRepeatedParameter() {
    return (this.#flags & ParameterFlags.REPEATED_PARAMETER) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitBlockParameterNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "BlockParameterNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      nameLoc: this.nameLoc,
      operatorLoc: this.operatorLoc,
    };
  }
}

/**
 * Represents a block's parameters declaration.
 *
 *     -> (a, b = 1; local) { }
 *        ^^^^^^^^^^^^^^^^^
 *
 *     foo do |a, b = 1; local|
 *            ^^^^^^^^^^^^^^^^^
 *     end
 */
class BlockParametersNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type ParametersNode | null
   */
  parameters;

  /**
   * @type Node[]
   */
  locals;

  /**
   * @type Location | null
   */
  openingLoc;

  /**
   * @type Location | null
   */
  closingLoc;

  /**
   * Construct a new BlockParametersNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {ParametersNode | null} parameters
   * @param {Node[]} locals
   * @param {Location | null} openingLoc
   * @param {Location | null} closingLoc
   */
  constructor(nodeID, location, flags, parameters, locals, openingLoc, closingLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.parameters = parameters;
    this.locals = locals;
    this.openingLoc = openingLoc;
    this.closingLoc = closingLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitBlockParametersNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.parameters, ...this.locals]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.parameters) {
      compact.push(this.parameters);
    }
    compact.concat(this.locals);

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "BlockParametersNode",
      location: this.location,
      flags: this.#flags,
      parameters: this.parameters,
      locals: this.locals,
      openingLoc: this.openingLoc,
      closingLoc: this.closingLoc,
    };
  }
}

/**
 * Represents the use of the `break` keyword.
 *
 *     break foo
 *     ^^^^^^^^^
 */
class BreakNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type ArgumentsNode | null
   */
  arguments_;

  /**
   * @type Location
   */
  keywordLoc;

  /**
   * Construct a new BreakNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {ArgumentsNode | null} arguments_
   * @param {Location} keywordLoc
   */
  constructor(nodeID, location, flags, arguments_, keywordLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.arguments_ = arguments_;
    this.keywordLoc = keywordLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitBreakNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.arguments_]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.arguments_) {
      compact.push(this.arguments_);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "BreakNode",
      location: this.location,
      flags: this.#flags,
      arguments: this.arguments_,
      keywordLoc: this.keywordLoc,
    };
  }
}

/**
 * Represents the use of the `&&=` operator on a call.
 *
 *     foo.bar &&= value
 *     ^^^^^^^^^^^^^^^^^
 */
class CallAndWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node | null
   */
  receiver;

  /**
   * @type Location | null
   */
  callOperatorLoc;

  /**
   * @type Location | null
   */
  messageLoc;

  /**
   * @type string
   */
  readName;

  /**
   * @type string
   */
  writeName;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * Construct a new CallAndWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node | null} receiver
   * @param {Location | null} callOperatorLoc
   * @param {Location | null} messageLoc
   * @param {string} readName
   * @param {string} writeName
   * @param {Location} operatorLoc
   * @param {Node} value
   */
  constructor(nodeID, location, flags, receiver, callOperatorLoc, messageLoc, readName, writeName, operatorLoc, value) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.receiver = receiver;
    this.callOperatorLoc = callOperatorLoc;
    this.messageLoc = messageLoc;
    this.readName = readName;
    this.writeName = writeName;
    this.operatorLoc = operatorLoc;
    this.value = value;
  }

  /**
   * True if this node has the SAFE_NAVIGATION flag.
   *
   * @returns {boolean}
   */
  isSafeNavigation() {
    return (this.#flags & CallNodeFlags.SAFE_NAVIGATION) !== 0;
  }

  /**
   * True if this node has the VARIABLE_CALL flag.
   *
   * @returns {boolean}
   */
  isVariableCall() {
    return (this.#flags & CallNodeFlags.VARIABLE_CALL) !== 0;
  }

  /**
   * True if this node has the ATTRIBUTE_WRITE flag.
   *
   * @returns {boolean}
   */
  isAttributeWrite() {
    return (this.#flags & CallNodeFlags.ATTRIBUTE_WRITE) !== 0;
  }

  /**
   * True if this node has the IGNORE_VISIBILITY flag.
   *
   * @returns {boolean}
   */
  isIgnoreVisibility() {
    return (this.#flags & CallNodeFlags.IGNORE_VISIBILITY) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitCallAndWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.receiver, this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.receiver) {
      compact.push(this.receiver);
    }
    compact.push(this.value);


    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "CallAndWriteNode",
      location: this.location,
      flags: this.#flags,
      receiver: this.receiver,
      callOperatorLoc: this.callOperatorLoc,
      messageLoc: this.messageLoc,
      readName: this.readName,
      writeName: this.writeName,
      operatorLoc: this.operatorLoc,
      value: this.value,
    };
  }
}

/**
 * Represents a method call, in all of the various forms that can take.
 *
 *     foo
 *     ^^^
 *
 *     foo()
 *     ^^^^^
 *
 *     +foo
 *     ^^^^
 *
 *     foo + bar
 *     ^^^^^^^^^
 *
 *     foo.bar
 *     ^^^^^^^
 *
 *     foo&.bar
 *     ^^^^^^^^
 */
class CallNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node | null
   */
  receiver;

  /**
   * @type Location | null
   */
  callOperatorLoc;

  /**
   * @type string
   */
  name;

  /**
   * @type Location | null
   */
  messageLoc;

  /**
   * @type Location | null
   */
  openingLoc;

  /**
   * @type ArgumentsNode | null
   */
  arguments_;

  /**
   * @type Location | null
   */
  closingLoc;

  /**
   * @type Location | null
   */
  equalLoc;

  /**
   * @type Node | null
   */
  block;

  /**
   * Construct a new CallNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node | null} receiver
   * @param {Location | null} callOperatorLoc
   * @param {string} name
   * @param {Location | null} messageLoc
   * @param {Location | null} openingLoc
   * @param {ArgumentsNode | null} arguments_
   * @param {Location | null} closingLoc
   * @param {Location | null} equalLoc
   * @param {Node | null} block
   */
  constructor(nodeID, location, flags, receiver, callOperatorLoc, name, messageLoc, openingLoc, arguments_, closingLoc, equalLoc, block) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.receiver = receiver;
    this.callOperatorLoc = callOperatorLoc;
    this.name = name;
    this.messageLoc = messageLoc;
    this.openingLoc = openingLoc;
    this.arguments_ = arguments_;
    this.closingLoc = closingLoc;
    this.equalLoc = equalLoc;
    this.block = block;
  }

  /**
   * True if this node has the SAFE_NAVIGATION flag.
   *
   * @returns {boolean}
   */
  isSafeNavigation() {
    return (this.#flags & CallNodeFlags.SAFE_NAVIGATION) !== 0;
  }

  /**
   * True if this node has the VARIABLE_CALL flag.
   *
   * @returns {boolean}
   */
  isVariableCall() {
    return (this.#flags & CallNodeFlags.VARIABLE_CALL) !== 0;
  }

  /**
   * True if this node has the ATTRIBUTE_WRITE flag.
   *
   * @returns {boolean}
   */
  isAttributeWrite() {
    return (this.#flags & CallNodeFlags.ATTRIBUTE_WRITE) !== 0;
  }

  /**
   * True if this node has the IGNORE_VISIBILITY flag.
   *
   * @returns {boolean}
   */
  isIgnoreVisibility() {
    return (this.#flags & CallNodeFlags.IGNORE_VISIBILITY) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitCallNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.receiver, this.arguments_, this.block]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.receiver) {
      compact.push(this.receiver);
    }
    if (this.arguments_) {
      compact.push(this.arguments_);
    }
    if (this.block) {
      compact.push(this.block);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "CallNode",
      location: this.location,
      flags: this.#flags,
      receiver: this.receiver,
      callOperatorLoc: this.callOperatorLoc,
      name: this.name,
      messageLoc: this.messageLoc,
      openingLoc: this.openingLoc,
      arguments: this.arguments_,
      closingLoc: this.closingLoc,
      equalLoc: this.equalLoc,
      block: this.block,
    };
  }
}

/**
 * Represents the use of an assignment operator on a call.
 *
 *     foo.bar += baz
 *     ^^^^^^^^^^^^^^
 */
class CallOperatorWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node | null
   */
  receiver;

  /**
   * @type Location | null
   */
  callOperatorLoc;

  /**
   * @type Location | null
   */
  messageLoc;

  /**
   * @type string
   */
  readName;

  /**
   * @type string
   */
  writeName;

  /**
   * @type string
   */
  binaryOperator;

  /**
   * @type Location
   */
  binaryOperatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * Construct a new CallOperatorWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node | null} receiver
   * @param {Location | null} callOperatorLoc
   * @param {Location | null} messageLoc
   * @param {string} readName
   * @param {string} writeName
   * @param {string} binaryOperator
   * @param {Location} binaryOperatorLoc
   * @param {Node} value
   */
  constructor(nodeID, location, flags, receiver, callOperatorLoc, messageLoc, readName, writeName, binaryOperator, binaryOperatorLoc, value) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.receiver = receiver;
    this.callOperatorLoc = callOperatorLoc;
    this.messageLoc = messageLoc;
    this.readName = readName;
    this.writeName = writeName;
    this.binaryOperator = binaryOperator;
    this.binaryOperatorLoc = binaryOperatorLoc;
    this.value = value;
  }

  /**
   * True if this node has the SAFE_NAVIGATION flag.
   *
   * @returns {boolean}
   */
  isSafeNavigation() {
    return (this.#flags & CallNodeFlags.SAFE_NAVIGATION) !== 0;
  }

  /**
   * True if this node has the VARIABLE_CALL flag.
   *
   * @returns {boolean}
   */
  isVariableCall() {
    return (this.#flags & CallNodeFlags.VARIABLE_CALL) !== 0;
  }

  /**
   * True if this node has the ATTRIBUTE_WRITE flag.
   *
   * @returns {boolean}
   */
  isAttributeWrite() {
    return (this.#flags & CallNodeFlags.ATTRIBUTE_WRITE) !== 0;
  }

  /**
   * True if this node has the IGNORE_VISIBILITY flag.
   *
   * @returns {boolean}
   */
  isIgnoreVisibility() {
    return (this.#flags & CallNodeFlags.IGNORE_VISIBILITY) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitCallOperatorWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.receiver, this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.receiver) {
      compact.push(this.receiver);
    }
    compact.push(this.value);


    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "CallOperatorWriteNode",
      location: this.location,
      flags: this.#flags,
      receiver: this.receiver,
      callOperatorLoc: this.callOperatorLoc,
      messageLoc: this.messageLoc,
      readName: this.readName,
      writeName: this.writeName,
      binaryOperator: this.binaryOperator,
      binaryOperatorLoc: this.binaryOperatorLoc,
      value: this.value,
    };
  }
}

/**
 * Represents the use of the `||=` operator on a call.
 *
 *     foo.bar ||= value
 *     ^^^^^^^^^^^^^^^^^
 */
class CallOrWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node | null
   */
  receiver;

  /**
   * @type Location | null
   */
  callOperatorLoc;

  /**
   * @type Location | null
   */
  messageLoc;

  /**
   * @type string
   */
  readName;

  /**
   * @type string
   */
  writeName;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * Construct a new CallOrWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node | null} receiver
   * @param {Location | null} callOperatorLoc
   * @param {Location | null} messageLoc
   * @param {string} readName
   * @param {string} writeName
   * @param {Location} operatorLoc
   * @param {Node} value
   */
  constructor(nodeID, location, flags, receiver, callOperatorLoc, messageLoc, readName, writeName, operatorLoc, value) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.receiver = receiver;
    this.callOperatorLoc = callOperatorLoc;
    this.messageLoc = messageLoc;
    this.readName = readName;
    this.writeName = writeName;
    this.operatorLoc = operatorLoc;
    this.value = value;
  }

  /**
   * True if this node has the SAFE_NAVIGATION flag.
   *
   * @returns {boolean}
   */
  isSafeNavigation() {
    return (this.#flags & CallNodeFlags.SAFE_NAVIGATION) !== 0;
  }

  /**
   * True if this node has the VARIABLE_CALL flag.
   *
   * @returns {boolean}
   */
  isVariableCall() {
    return (this.#flags & CallNodeFlags.VARIABLE_CALL) !== 0;
  }

  /**
   * True if this node has the ATTRIBUTE_WRITE flag.
   *
   * @returns {boolean}
   */
  isAttributeWrite() {
    return (this.#flags & CallNodeFlags.ATTRIBUTE_WRITE) !== 0;
  }

  /**
   * True if this node has the IGNORE_VISIBILITY flag.
   *
   * @returns {boolean}
   */
  isIgnoreVisibility() {
    return (this.#flags & CallNodeFlags.IGNORE_VISIBILITY) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitCallOrWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.receiver, this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.receiver) {
      compact.push(this.receiver);
    }
    compact.push(this.value);


    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "CallOrWriteNode",
      location: this.location,
      flags: this.#flags,
      receiver: this.receiver,
      callOperatorLoc: this.callOperatorLoc,
      messageLoc: this.messageLoc,
      readName: this.readName,
      writeName: this.writeName,
      operatorLoc: this.operatorLoc,
      value: this.value,
    };
  }
}

/**
 * Represents assigning to a method call.
 *
 *     foo.bar, = 1
 *     ^^^^^^^
 *
 *     begin
 *     rescue => foo.bar
 *               ^^^^^^^
 *     end
 *
 *     for foo.bar in baz do end
 *         ^^^^^^^
 */
class CallTargetNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node
   */
  receiver;

  /**
   * @type Location
   */
  callOperatorLoc;

  /**
   * @type string
   */
  name;

  /**
   * @type Location
   */
  messageLoc;

  /**
   * Construct a new CallTargetNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node} receiver
   * @param {Location} callOperatorLoc
   * @param {string} name
   * @param {Location} messageLoc
   */
  constructor(nodeID, location, flags, receiver, callOperatorLoc, name, messageLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.receiver = receiver;
    this.callOperatorLoc = callOperatorLoc;
    this.name = name;
    this.messageLoc = messageLoc;
  }

  /**
   * True if this node has the SAFE_NAVIGATION flag.
   *
   * @returns {boolean}
   */
  isSafeNavigation() {
    return (this.#flags & CallNodeFlags.SAFE_NAVIGATION) !== 0;
  }

  /**
   * True if this node has the VARIABLE_CALL flag.
   *
   * @returns {boolean}
   */
  isVariableCall() {
    return (this.#flags & CallNodeFlags.VARIABLE_CALL) !== 0;
  }

  /**
   * True if this node has the ATTRIBUTE_WRITE flag.
   *
   * @returns {boolean}
   */
  isAttributeWrite() {
    return (this.#flags & CallNodeFlags.ATTRIBUTE_WRITE) !== 0;
  }

  /**
   * True if this node has the IGNORE_VISIBILITY flag.
   *
   * @returns {boolean}
   */
  isIgnoreVisibility() {
    return (this.#flags & CallNodeFlags.IGNORE_VISIBILITY) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitCallTargetNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.receiver]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.receiver];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "CallTargetNode",
      location: this.location,
      flags: this.#flags,
      receiver: this.receiver,
      callOperatorLoc: this.callOperatorLoc,
      name: this.name,
      messageLoc: this.messageLoc,
    };
  }
}

/**
 * Represents assigning to a local variable in pattern matching.
 *
 *     foo => [bar => baz]
 *            ^^^^^^^^^^^^
 */
class CapturePatternNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node
   */
  value;

  /**
   * @type LocalVariableTargetNode
   */
  target;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * Construct a new CapturePatternNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node} value
   * @param {LocalVariableTargetNode} target
   * @param {Location} operatorLoc
   */
  constructor(nodeID, location, flags, value, target, operatorLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.value = value;
    this.target = target;
    this.operatorLoc = operatorLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitCapturePatternNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value, this.target]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value, this.target];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "CapturePatternNode",
      location: this.location,
      flags: this.#flags,
      value: this.value,
      target: this.target,
      operatorLoc: this.operatorLoc,
    };
  }
}

/**
 * Represents the use of a case statement for pattern matching.
 *
 *     case true
 *     in false
 *     end
 *     ^^^^^^^^^
 */
class CaseMatchNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node | null
   */
  predicate;

  /**
   * @type Node[]
   */
  conditions;

  /**
   * @type ElseNode | null
   */
  elseClause;

  /**
   * @type Location
   */
  caseKeywordLoc;

  /**
   * @type Location
   */
  endKeywordLoc;

  /**
   * Construct a new CaseMatchNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node | null} predicate
   * @param {Node[]} conditions
   * @param {ElseNode | null} elseClause
   * @param {Location} caseKeywordLoc
   * @param {Location} endKeywordLoc
   */
  constructor(nodeID, location, flags, predicate, conditions, elseClause, caseKeywordLoc, endKeywordLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.predicate = predicate;
    this.conditions = conditions;
    this.elseClause = elseClause;
    this.caseKeywordLoc = caseKeywordLoc;
    this.endKeywordLoc = endKeywordLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitCaseMatchNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.predicate, ...this.conditions, this.elseClause]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.predicate) {
      compact.push(this.predicate);
    }
    compact.concat(this.conditions);
    if (this.elseClause) {
      compact.push(this.elseClause);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "CaseMatchNode",
      location: this.location,
      flags: this.#flags,
      predicate: this.predicate,
      conditions: this.conditions,
      elseClause: this.elseClause,
      caseKeywordLoc: this.caseKeywordLoc,
      endKeywordLoc: this.endKeywordLoc,
    };
  }
}

/**
 * Represents the use of a case statement.
 *
 *     case true
 *     when false
 *     end
 *     ^^^^^^^^^^
 */
class CaseNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node | null
   */
  predicate;

  /**
   * @type Node[]
   */
  conditions;

  /**
   * @type ElseNode | null
   */
  elseClause;

  /**
   * @type Location
   */
  caseKeywordLoc;

  /**
   * @type Location
   */
  endKeywordLoc;

  /**
   * Construct a new CaseNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node | null} predicate
   * @param {Node[]} conditions
   * @param {ElseNode | null} elseClause
   * @param {Location} caseKeywordLoc
   * @param {Location} endKeywordLoc
   */
  constructor(nodeID, location, flags, predicate, conditions, elseClause, caseKeywordLoc, endKeywordLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.predicate = predicate;
    this.conditions = conditions;
    this.elseClause = elseClause;
    this.caseKeywordLoc = caseKeywordLoc;
    this.endKeywordLoc = endKeywordLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitCaseNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.predicate, ...this.conditions, this.elseClause]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.predicate) {
      compact.push(this.predicate);
    }
    compact.concat(this.conditions);
    if (this.elseClause) {
      compact.push(this.elseClause);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "CaseNode",
      location: this.location,
      flags: this.#flags,
      predicate: this.predicate,
      conditions: this.conditions,
      elseClause: this.elseClause,
      caseKeywordLoc: this.caseKeywordLoc,
      endKeywordLoc: this.endKeywordLoc,
    };
  }
}

/**
 * Represents a class declaration involving the `class` keyword.
 *
 *     class Foo end
 *     ^^^^^^^^^^^^^
 */
class ClassNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string[]
   */
  locals;

  /**
   * @type Location
   */
  classKeywordLoc;

  /**
   * @type Node
   */
  constantPath;

  /**
   * @type Location | null
   */
  inheritanceOperatorLoc;

  /**
   * @type Node | null
   */
  superclass;

  /**
   * @type Node | null
   */
  body;

  /**
   * @type Location
   */
  endKeywordLoc;

  /**
   * @type string
   */
  name;

  /**
   * Construct a new ClassNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string[]} locals
   * @param {Location} classKeywordLoc
   * @param {Node} constantPath
   * @param {Location | null} inheritanceOperatorLoc
   * @param {Node | null} superclass
   * @param {Node | null} body
   * @param {Location} endKeywordLoc
   * @param {string} name
   */
  constructor(nodeID, location, flags, locals, classKeywordLoc, constantPath, inheritanceOperatorLoc, superclass, body, endKeywordLoc, name) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.locals = locals;
    this.classKeywordLoc = classKeywordLoc;
    this.constantPath = constantPath;
    this.inheritanceOperatorLoc = inheritanceOperatorLoc;
    this.superclass = superclass;
    this.body = body;
    this.endKeywordLoc = endKeywordLoc;
    this.name = name;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitClassNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.constantPath, this.superclass, this.body]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    compact.push(this.constantPath);

    if (this.superclass) {
      compact.push(this.superclass);
    }
    if (this.body) {
      compact.push(this.body);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ClassNode",
      location: this.location,
      flags: this.#flags,
      locals: this.locals,
      classKeywordLoc: this.classKeywordLoc,
      constantPath: this.constantPath,
      inheritanceOperatorLoc: this.inheritanceOperatorLoc,
      superclass: this.superclass,
      body: this.body,
      endKeywordLoc: this.endKeywordLoc,
      name: this.name,
    };
  }
}

/**
 * Represents the use of the `&&=` operator for assignment to a class variable.
 *
 *     @@target &&= value
 *     ^^^^^^^^^^^^^^^^^^
 */
class ClassVariableAndWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * Construct a new ClassVariableAndWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   * @param {Location} nameLoc
   * @param {Location} operatorLoc
   * @param {Node} value
   */
  constructor(nodeID, location, flags, name, nameLoc, operatorLoc, value) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.nameLoc = nameLoc;
    this.operatorLoc = operatorLoc;
    this.value = value;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitClassVariableAndWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ClassVariableAndWriteNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      nameLoc: this.nameLoc,
      operatorLoc: this.operatorLoc,
      value: this.value,
    };
  }
}

/**
 * Represents assigning to a class variable using an operator that isn't `=`.
 *
 *     @@target += value
 *     ^^^^^^^^^^^^^^^^^
 */
class ClassVariableOperatorWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * @type Location
   */
  binaryOperatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * @type string
   */
  binaryOperator;

  /**
   * Construct a new ClassVariableOperatorWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   * @param {Location} nameLoc
   * @param {Location} binaryOperatorLoc
   * @param {Node} value
   * @param {string} binaryOperator
   */
  constructor(nodeID, location, flags, name, nameLoc, binaryOperatorLoc, value, binaryOperator) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.nameLoc = nameLoc;
    this.binaryOperatorLoc = binaryOperatorLoc;
    this.value = value;
    this.binaryOperator = binaryOperator;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitClassVariableOperatorWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ClassVariableOperatorWriteNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      nameLoc: this.nameLoc,
      binaryOperatorLoc: this.binaryOperatorLoc,
      value: this.value,
      binaryOperator: this.binaryOperator,
    };
  }
}

/**
 * Represents the use of the `||=` operator for assignment to a class variable.
 *
 *     @@target ||= value
 *     ^^^^^^^^^^^^^^^^^^
 */
class ClassVariableOrWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * Construct a new ClassVariableOrWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   * @param {Location} nameLoc
   * @param {Location} operatorLoc
   * @param {Node} value
   */
  constructor(nodeID, location, flags, name, nameLoc, operatorLoc, value) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.nameLoc = nameLoc;
    this.operatorLoc = operatorLoc;
    this.value = value;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitClassVariableOrWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ClassVariableOrWriteNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      nameLoc: this.nameLoc,
      operatorLoc: this.operatorLoc,
      value: this.value,
    };
  }
}

/**
 * Represents referencing a class variable.
 *
 *     @@foo
 *     ^^^^^
 */
class ClassVariableReadNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * Construct a new ClassVariableReadNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   */
  constructor(nodeID, location, flags, name) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitClassVariableReadNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ClassVariableReadNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
    };
  }
}

/**
 * Represents writing to a class variable in a context that doesn't have an explicit value.
 *
 *     @@foo, @@bar = baz
 *     ^^^^^  ^^^^^
 */
class ClassVariableTargetNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * Construct a new ClassVariableTargetNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   */
  constructor(nodeID, location, flags, name) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitClassVariableTargetNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ClassVariableTargetNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
    };
  }
}

/**
 * Represents writing to a class variable.
 *
 *     @@foo = 1
 *     ^^^^^^^^^
 */
class ClassVariableWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * @type Node
   */
  value;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * Construct a new ClassVariableWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   * @param {Location} nameLoc
   * @param {Node} value
   * @param {Location} operatorLoc
   */
  constructor(nodeID, location, flags, name, nameLoc, value, operatorLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.nameLoc = nameLoc;
    this.value = value;
    this.operatorLoc = operatorLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitClassVariableWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ClassVariableWriteNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      nameLoc: this.nameLoc,
      value: this.value,
      operatorLoc: this.operatorLoc,
    };
  }
}

/**
 * Represents the use of the `&&=` operator for assignment to a constant.
 *
 *     Target &&= value
 *     ^^^^^^^^^^^^^^^^
 */
class ConstantAndWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * Construct a new ConstantAndWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   * @param {Location} nameLoc
   * @param {Location} operatorLoc
   * @param {Node} value
   */
  constructor(nodeID, location, flags, name, nameLoc, operatorLoc, value) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.nameLoc = nameLoc;
    this.operatorLoc = operatorLoc;
    this.value = value;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitConstantAndWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ConstantAndWriteNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      nameLoc: this.nameLoc,
      operatorLoc: this.operatorLoc,
      value: this.value,
    };
  }
}

/**
 * Represents assigning to a constant using an operator that isn't `=`.
 *
 *     Target += value
 *     ^^^^^^^^^^^^^^^
 */
class ConstantOperatorWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * @type Location
   */
  binaryOperatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * @type string
   */
  binaryOperator;

  /**
   * Construct a new ConstantOperatorWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   * @param {Location} nameLoc
   * @param {Location} binaryOperatorLoc
   * @param {Node} value
   * @param {string} binaryOperator
   */
  constructor(nodeID, location, flags, name, nameLoc, binaryOperatorLoc, value, binaryOperator) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.nameLoc = nameLoc;
    this.binaryOperatorLoc = binaryOperatorLoc;
    this.value = value;
    this.binaryOperator = binaryOperator;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitConstantOperatorWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ConstantOperatorWriteNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      nameLoc: this.nameLoc,
      binaryOperatorLoc: this.binaryOperatorLoc,
      value: this.value,
      binaryOperator: this.binaryOperator,
    };
  }
}

/**
 * Represents the use of the `||=` operator for assignment to a constant.
 *
 *     Target ||= value
 *     ^^^^^^^^^^^^^^^^
 */
class ConstantOrWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * Construct a new ConstantOrWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   * @param {Location} nameLoc
   * @param {Location} operatorLoc
   * @param {Node} value
   */
  constructor(nodeID, location, flags, name, nameLoc, operatorLoc, value) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.nameLoc = nameLoc;
    this.operatorLoc = operatorLoc;
    this.value = value;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitConstantOrWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ConstantOrWriteNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      nameLoc: this.nameLoc,
      operatorLoc: this.operatorLoc,
      value: this.value,
    };
  }
}

/**
 * Represents the use of the `&&=` operator for assignment to a constant path.
 *
 *     Parent::Child &&= value
 *     ^^^^^^^^^^^^^^^^^^^^^^^
 */
class ConstantPathAndWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type ConstantPathNode
   */
  target;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * Construct a new ConstantPathAndWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {ConstantPathNode} target
   * @param {Location} operatorLoc
   * @param {Node} value
   */
  constructor(nodeID, location, flags, target, operatorLoc, value) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.target = target;
    this.operatorLoc = operatorLoc;
    this.value = value;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitConstantPathAndWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.target, this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.target, this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ConstantPathAndWriteNode",
      location: this.location,
      flags: this.#flags,
      target: this.target,
      operatorLoc: this.operatorLoc,
      value: this.value,
    };
  }
}

/**
 * Represents accessing a constant through a path of `::` operators.
 *
 *     Foo::Bar
 *     ^^^^^^^^
 */
class ConstantPathNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node | null
   */
  parent;

  /**
   * @type string | null
   */
  name;

  /**
   * @type Location
   */
  delimiterLoc;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * Construct a new ConstantPathNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node | null} parent
   * @param {string | null} name
   * @param {Location} delimiterLoc
   * @param {Location} nameLoc
   */
  constructor(nodeID, location, flags, parent, name, delimiterLoc, nameLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.parent = parent;
    this.name = name;
    this.delimiterLoc = delimiterLoc;
    this.nameLoc = nameLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitConstantPathNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.parent]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.parent) {
      compact.push(this.parent);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ConstantPathNode",
      location: this.location,
      flags: this.#flags,
      parent: this.parent,
      name: this.name,
      delimiterLoc: this.delimiterLoc,
      nameLoc: this.nameLoc,
    };
  }
}

/**
 * Represents assigning to a constant path using an operator that isn't `=`.
 *
 *     Parent::Child += value
 *     ^^^^^^^^^^^^^^^^^^^^^^
 */
class ConstantPathOperatorWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type ConstantPathNode
   */
  target;

  /**
   * @type Location
   */
  binaryOperatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * @type string
   */
  binaryOperator;

  /**
   * Construct a new ConstantPathOperatorWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {ConstantPathNode} target
   * @param {Location} binaryOperatorLoc
   * @param {Node} value
   * @param {string} binaryOperator
   */
  constructor(nodeID, location, flags, target, binaryOperatorLoc, value, binaryOperator) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.target = target;
    this.binaryOperatorLoc = binaryOperatorLoc;
    this.value = value;
    this.binaryOperator = binaryOperator;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitConstantPathOperatorWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.target, this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.target, this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ConstantPathOperatorWriteNode",
      location: this.location,
      flags: this.#flags,
      target: this.target,
      binaryOperatorLoc: this.binaryOperatorLoc,
      value: this.value,
      binaryOperator: this.binaryOperator,
    };
  }
}

/**
 * Represents the use of the `||=` operator for assignment to a constant path.
 *
 *     Parent::Child ||= value
 *     ^^^^^^^^^^^^^^^^^^^^^^^
 */
class ConstantPathOrWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type ConstantPathNode
   */
  target;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * Construct a new ConstantPathOrWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {ConstantPathNode} target
   * @param {Location} operatorLoc
   * @param {Node} value
   */
  constructor(nodeID, location, flags, target, operatorLoc, value) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.target = target;
    this.operatorLoc = operatorLoc;
    this.value = value;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitConstantPathOrWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.target, this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.target, this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ConstantPathOrWriteNode",
      location: this.location,
      flags: this.#flags,
      target: this.target,
      operatorLoc: this.operatorLoc,
      value: this.value,
    };
  }
}

/**
 * Represents writing to a constant path in a context that doesn't have an explicit value.
 *
 *     Foo::Foo, Bar::Bar = baz
 *     ^^^^^^^^  ^^^^^^^^
 */
class ConstantPathTargetNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node | null
   */
  parent;

  /**
   * @type string | null
   */
  name;

  /**
   * @type Location
   */
  delimiterLoc;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * Construct a new ConstantPathTargetNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node | null} parent
   * @param {string | null} name
   * @param {Location} delimiterLoc
   * @param {Location} nameLoc
   */
  constructor(nodeID, location, flags, parent, name, delimiterLoc, nameLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.parent = parent;
    this.name = name;
    this.delimiterLoc = delimiterLoc;
    this.nameLoc = nameLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitConstantPathTargetNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.parent]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.parent) {
      compact.push(this.parent);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ConstantPathTargetNode",
      location: this.location,
      flags: this.#flags,
      parent: this.parent,
      name: this.name,
      delimiterLoc: this.delimiterLoc,
      nameLoc: this.nameLoc,
    };
  }
}

/**
 * Represents writing to a constant path.
 *
 *     ::Foo = 1
 *     ^^^^^^^^^
 *
 *     Foo::Bar = 1
 *     ^^^^^^^^^^^^
 *
 *     ::Foo::Bar = 1
 *     ^^^^^^^^^^^^^^
 */
class ConstantPathWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type ConstantPathNode
   */
  target;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * Construct a new ConstantPathWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {ConstantPathNode} target
   * @param {Location} operatorLoc
   * @param {Node} value
   */
  constructor(nodeID, location, flags, target, operatorLoc, value) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.target = target;
    this.operatorLoc = operatorLoc;
    this.value = value;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitConstantPathWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.target, this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.target, this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ConstantPathWriteNode",
      location: this.location,
      flags: this.#flags,
      target: this.target,
      operatorLoc: this.operatorLoc,
      value: this.value,
    };
  }
}

/**
 * Represents referencing a constant.
 *
 *     Foo
 *     ^^^
 */
class ConstantReadNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * Construct a new ConstantReadNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   */
  constructor(nodeID, location, flags, name) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitConstantReadNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ConstantReadNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
    };
  }
}

/**
 * Represents writing to a constant in a context that doesn't have an explicit value.
 *
 *     Foo, Bar = baz
 *     ^^^  ^^^
 */
class ConstantTargetNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * Construct a new ConstantTargetNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   */
  constructor(nodeID, location, flags, name) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitConstantTargetNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ConstantTargetNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
    };
  }
}

/**
 * Represents writing to a constant.
 *
 *     Foo = 1
 *     ^^^^^^^
 */
class ConstantWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * @type Node
   */
  value;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * Construct a new ConstantWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   * @param {Location} nameLoc
   * @param {Node} value
   * @param {Location} operatorLoc
   */
  constructor(nodeID, location, flags, name, nameLoc, value, operatorLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.nameLoc = nameLoc;
    this.value = value;
    this.operatorLoc = operatorLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitConstantWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ConstantWriteNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      nameLoc: this.nameLoc,
      value: this.value,
      operatorLoc: this.operatorLoc,
    };
  }
}

/**
 * Represents a method definition.
 *
 *     def method
 *     end
 *     ^^^^^^^^^^
 */
class DefNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * @type Node | null
   */
  receiver;

  /**
   * @type ParametersNode | null
   */
  parameters;

  /**
   * @type Node | null
   */
  body;

  /**
   * @type string[]
   */
  locals;

  /**
   * @type Location
   */
  defKeywordLoc;

  /**
   * @type Location | null
   */
  operatorLoc;

  /**
   * @type Location | null
   */
  lparenLoc;

  /**
   * @type Location | null
   */
  rparenLoc;

  /**
   * @type Location | null
   */
  equalLoc;

  /**
   * @type Location | null
   */
  endKeywordLoc;

  /**
   * Construct a new DefNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   * @param {Location} nameLoc
   * @param {Node | null} receiver
   * @param {ParametersNode | null} parameters
   * @param {Node | null} body
   * @param {string[]} locals
   * @param {Location} defKeywordLoc
   * @param {Location | null} operatorLoc
   * @param {Location | null} lparenLoc
   * @param {Location | null} rparenLoc
   * @param {Location | null} equalLoc
   * @param {Location | null} endKeywordLoc
   */
  constructor(nodeID, location, flags, name, nameLoc, receiver, parameters, body, locals, defKeywordLoc, operatorLoc, lparenLoc, rparenLoc, equalLoc, endKeywordLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.nameLoc = nameLoc;
    this.receiver = receiver;
    this.parameters = parameters;
    this.body = body;
    this.locals = locals;
    this.defKeywordLoc = defKeywordLoc;
    this.operatorLoc = operatorLoc;
    this.lparenLoc = lparenLoc;
    this.rparenLoc = rparenLoc;
    this.equalLoc = equalLoc;
    this.endKeywordLoc = endKeywordLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitDefNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.receiver, this.parameters, this.body]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.receiver) {
      compact.push(this.receiver);
    }
    if (this.parameters) {
      compact.push(this.parameters);
    }
    if (this.body) {
      compact.push(this.body);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "DefNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      nameLoc: this.nameLoc,
      receiver: this.receiver,
      parameters: this.parameters,
      body: this.body,
      locals: this.locals,
      defKeywordLoc: this.defKeywordLoc,
      operatorLoc: this.operatorLoc,
      lparenLoc: this.lparenLoc,
      rparenLoc: this.rparenLoc,
      equalLoc: this.equalLoc,
      endKeywordLoc: this.endKeywordLoc,
    };
  }
}

/**
 * Represents the use of the `defined?` keyword.
 *
 *     defined?(a)
 *     ^^^^^^^^^^^
 */
class DefinedNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location | null
   */
  lparenLoc;

  /**
   * @type Node
   */
  value;

  /**
   * @type Location | null
   */
  rparenLoc;

  /**
   * @type Location
   */
  keywordLoc;

  /**
   * Construct a new DefinedNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location | null} lparenLoc
   * @param {Node} value
   * @param {Location | null} rparenLoc
   * @param {Location} keywordLoc
   */
  constructor(nodeID, location, flags, lparenLoc, value, rparenLoc, keywordLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.lparenLoc = lparenLoc;
    this.value = value;
    this.rparenLoc = rparenLoc;
    this.keywordLoc = keywordLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitDefinedNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "DefinedNode",
      location: this.location,
      flags: this.#flags,
      lparenLoc: this.lparenLoc,
      value: this.value,
      rparenLoc: this.rparenLoc,
      keywordLoc: this.keywordLoc,
    };
  }
}

/**
 * Represents an `else` clause in a `case`, `if`, or `unless` statement.
 *
 *     if a then b else c end
 *                 ^^^^^^^^^^
 */
class ElseNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  elseKeywordLoc;

  /**
   * @type StatementsNode | null
   */
  statements;

  /**
   * @type Location | null
   */
  endKeywordLoc;

  /**
   * Construct a new ElseNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} elseKeywordLoc
   * @param {StatementsNode | null} statements
   * @param {Location | null} endKeywordLoc
   */
  constructor(nodeID, location, flags, elseKeywordLoc, statements, endKeywordLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.elseKeywordLoc = elseKeywordLoc;
    this.statements = statements;
    this.endKeywordLoc = endKeywordLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitElseNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.statements]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.statements) {
      compact.push(this.statements);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ElseNode",
      location: this.location,
      flags: this.#flags,
      elseKeywordLoc: this.elseKeywordLoc,
      statements: this.statements,
      endKeywordLoc: this.endKeywordLoc,
    };
  }
}

/**
 * Represents an interpolated set of statements.
 *
 *     "foo #{bar}"
 *          ^^^^^^
 */
class EmbeddedStatementsNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  openingLoc;

  /**
   * @type StatementsNode | null
   */
  statements;

  /**
   * @type Location
   */
  closingLoc;

  /**
   * Construct a new EmbeddedStatementsNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} openingLoc
   * @param {StatementsNode | null} statements
   * @param {Location} closingLoc
   */
  constructor(nodeID, location, flags, openingLoc, statements, closingLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.openingLoc = openingLoc;
    this.statements = statements;
    this.closingLoc = closingLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitEmbeddedStatementsNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.statements]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.statements) {
      compact.push(this.statements);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "EmbeddedStatementsNode",
      location: this.location,
      flags: this.#flags,
      openingLoc: this.openingLoc,
      statements: this.statements,
      closingLoc: this.closingLoc,
    };
  }
}

/**
 * Represents an interpolated variable.
 *
 *     "foo #@bar"
 *          ^^^^^
 */
class EmbeddedVariableNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Node
   */
  variable;

  /**
   * Construct a new EmbeddedVariableNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} operatorLoc
   * @param {Node} variable
   */
  constructor(nodeID, location, flags, operatorLoc, variable) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.operatorLoc = operatorLoc;
    this.variable = variable;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitEmbeddedVariableNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.variable]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.variable];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "EmbeddedVariableNode",
      location: this.location,
      flags: this.#flags,
      operatorLoc: this.operatorLoc,
      variable: this.variable,
    };
  }
}

/**
 * Represents an `ensure` clause in a `begin` statement.
 *
 *     begin
 *       foo
 *     ensure
 *     ^^^^^^
 *       bar
 *     end
 */
class EnsureNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  ensureKeywordLoc;

  /**
   * @type StatementsNode | null
   */
  statements;

  /**
   * @type Location
   */
  endKeywordLoc;

  /**
   * Construct a new EnsureNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} ensureKeywordLoc
   * @param {StatementsNode | null} statements
   * @param {Location} endKeywordLoc
   */
  constructor(nodeID, location, flags, ensureKeywordLoc, statements, endKeywordLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.ensureKeywordLoc = ensureKeywordLoc;
    this.statements = statements;
    this.endKeywordLoc = endKeywordLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitEnsureNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.statements]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.statements) {
      compact.push(this.statements);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "EnsureNode",
      location: this.location,
      flags: this.#flags,
      ensureKeywordLoc: this.ensureKeywordLoc,
      statements: this.statements,
      endKeywordLoc: this.endKeywordLoc,
    };
  }
}

/**
 * Represents the use of the literal `false` keyword.
 *
 *     false
 *     ^^^^^
 */
class FalseNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * Construct a new FalseNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   */
  constructor(nodeID, location, flags) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitFalseNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "FalseNode",
      location: this.location,
      flags: this.#flags,
    };
  }
}

/**
 * Represents a find pattern in pattern matching.
 *
 *     foo in *bar, baz, *qux
 *            ^^^^^^^^^^^^^^^
 *
 *     foo in [*bar, baz, *qux]
 *            ^^^^^^^^^^^^^^^^^
 *
 *     foo in Foo(*bar, baz, *qux)
 *            ^^^^^^^^^^^^^^^^^^^^
 *
 *     foo => *bar, baz, *qux
 *            ^^^^^^^^^^^^^^^
 */
class FindPatternNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node | null
   */
  constant;

  /**
   * @type SplatNode
   */
  left;

  /**
   * @type Node[]
   */
  requireds;

  /**
   * @type Node
   */
  right;

  /**
   * @type Location | null
   */
  openingLoc;

  /**
   * @type Location | null
   */
  closingLoc;

  /**
   * Construct a new FindPatternNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node | null} constant
   * @param {SplatNode} left
   * @param {Node[]} requireds
   * @param {Node} right
   * @param {Location | null} openingLoc
   * @param {Location | null} closingLoc
   */
  constructor(nodeID, location, flags, constant, left, requireds, right, openingLoc, closingLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.constant = constant;
    this.left = left;
    this.requireds = requireds;
    this.right = right;
    this.openingLoc = openingLoc;
    this.closingLoc = closingLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitFindPatternNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.constant, this.left, ...this.requireds, this.right]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.constant) {
      compact.push(this.constant);
    }
    compact.push(this.left);

    compact.concat(this.requireds);
    compact.push(this.right);


    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "FindPatternNode",
      location: this.location,
      flags: this.#flags,
      constant: this.constant,
      left: this.left,
      requireds: this.requireds,
      right: this.right,
      openingLoc: this.openingLoc,
      closingLoc: this.closingLoc,
    };
  }
}

/**
 * Represents the use of the `..` or `...` operators to create flip flops.
 *
 *     baz if foo .. bar
 *            ^^^^^^^^^^
 */
class FlipFlopNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node | null
   */
  left;

  /**
   * @type Node | null
   */
  right;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * Construct a new FlipFlopNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node | null} left
   * @param {Node | null} right
   * @param {Location} operatorLoc
   */
  constructor(nodeID, location, flags, left, right, operatorLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.left = left;
    this.right = right;
    this.operatorLoc = operatorLoc;
  }

  /**
   * True if this node has the EXCLUDE_END flag.
   *
   * @returns {boolean}
   */
  isExcludeEnd() {
    return (this.#flags & RangeFlags.EXCLUDE_END) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitFlipFlopNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.left, this.right]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.left) {
      compact.push(this.left);
    }
    if (this.right) {
      compact.push(this.right);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "FlipFlopNode",
      location: this.location,
      flags: this.#flags,
      left: this.left,
      right: this.right,
      operatorLoc: this.operatorLoc,
    };
  }
}

/**
 * Represents a floating point number literal.
 *
 *     1.0
 *     ^^^
 */
class FloatNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type number
   */
  value;

  /**
   * Construct a new FloatNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {number} value
   */
  constructor(nodeID, location, flags, value) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.value = value;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitFloatNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "FloatNode",
      location: this.location,
      flags: this.#flags,
      value: this.value,
    };
  }
}

/**
 * Represents the use of the `for` keyword.
 *
 *     for i in a end
 *     ^^^^^^^^^^^^^^
 */
class ForNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node
   */
  index;

  /**
   * @type Node
   */
  collection;

  /**
   * @type StatementsNode | null
   */
  statements;

  /**
   * @type Location
   */
  forKeywordLoc;

  /**
   * @type Location
   */
  inKeywordLoc;

  /**
   * @type Location | null
   */
  doKeywordLoc;

  /**
   * @type Location
   */
  endKeywordLoc;

  /**
   * Construct a new ForNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node} index
   * @param {Node} collection
   * @param {StatementsNode | null} statements
   * @param {Location} forKeywordLoc
   * @param {Location} inKeywordLoc
   * @param {Location | null} doKeywordLoc
   * @param {Location} endKeywordLoc
   */
  constructor(nodeID, location, flags, index, collection, statements, forKeywordLoc, inKeywordLoc, doKeywordLoc, endKeywordLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.index = index;
    this.collection = collection;
    this.statements = statements;
    this.forKeywordLoc = forKeywordLoc;
    this.inKeywordLoc = inKeywordLoc;
    this.doKeywordLoc = doKeywordLoc;
    this.endKeywordLoc = endKeywordLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitForNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.index, this.collection, this.statements]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    compact.push(this.index);

    compact.push(this.collection);

    if (this.statements) {
      compact.push(this.statements);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ForNode",
      location: this.location,
      flags: this.#flags,
      index: this.index,
      collection: this.collection,
      statements: this.statements,
      forKeywordLoc: this.forKeywordLoc,
      inKeywordLoc: this.inKeywordLoc,
      doKeywordLoc: this.doKeywordLoc,
      endKeywordLoc: this.endKeywordLoc,
    };
  }
}

/**
 * Represents forwarding all arguments to this method to another method.
 *
 *     def foo(...)
 *       bar(...)
 *           ^^^
 *     end
 */
class ForwardingArgumentsNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * Construct a new ForwardingArgumentsNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   */
  constructor(nodeID, location, flags) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitForwardingArgumentsNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ForwardingArgumentsNode",
      location: this.location,
      flags: this.#flags,
    };
  }
}

/**
 * Represents the use of the forwarding parameter in a method, block, or lambda declaration.
 *
 *     def foo(...)
 *             ^^^
 *     end
 */
class ForwardingParameterNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * Construct a new ForwardingParameterNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   */
  constructor(nodeID, location, flags) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitForwardingParameterNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ForwardingParameterNode",
      location: this.location,
      flags: this.#flags,
    };
  }
}

/**
 * Represents the use of the `super` keyword without parentheses or arguments, but which might have a block.
 *
 *     super
 *     ^^^^^
 *
 *     super { 123 }
 *     ^^^^^^^^^^^^^
 *
 * If it has any other arguments, it would be a `SuperNode` instead.
 */
class ForwardingSuperNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type BlockNode | null
   */
  block;

  /**
   * Construct a new ForwardingSuperNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {BlockNode | null} block
   */
  constructor(nodeID, location, flags, block) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.block = block;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitForwardingSuperNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.block]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.block) {
      compact.push(this.block);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ForwardingSuperNode",
      location: this.location,
      flags: this.#flags,
      block: this.block,
    };
  }
}

/**
 * Represents the use of the `&&=` operator for assignment to a global variable.
 *
 *     $target &&= value
 *     ^^^^^^^^^^^^^^^^^
 */
class GlobalVariableAndWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * Construct a new GlobalVariableAndWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   * @param {Location} nameLoc
   * @param {Location} operatorLoc
   * @param {Node} value
   */
  constructor(nodeID, location, flags, name, nameLoc, operatorLoc, value) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.nameLoc = nameLoc;
    this.operatorLoc = operatorLoc;
    this.value = value;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitGlobalVariableAndWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "GlobalVariableAndWriteNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      nameLoc: this.nameLoc,
      operatorLoc: this.operatorLoc,
      value: this.value,
    };
  }
}

/**
 * Represents assigning to a global variable using an operator that isn't `=`.
 *
 *     $target += value
 *     ^^^^^^^^^^^^^^^^
 */
class GlobalVariableOperatorWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * @type Location
   */
  binaryOperatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * @type string
   */
  binaryOperator;

  /**
   * Construct a new GlobalVariableOperatorWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   * @param {Location} nameLoc
   * @param {Location} binaryOperatorLoc
   * @param {Node} value
   * @param {string} binaryOperator
   */
  constructor(nodeID, location, flags, name, nameLoc, binaryOperatorLoc, value, binaryOperator) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.nameLoc = nameLoc;
    this.binaryOperatorLoc = binaryOperatorLoc;
    this.value = value;
    this.binaryOperator = binaryOperator;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitGlobalVariableOperatorWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "GlobalVariableOperatorWriteNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      nameLoc: this.nameLoc,
      binaryOperatorLoc: this.binaryOperatorLoc,
      value: this.value,
      binaryOperator: this.binaryOperator,
    };
  }
}

/**
 * Represents the use of the `||=` operator for assignment to a global variable.
 *
 *     $target ||= value
 *     ^^^^^^^^^^^^^^^^^
 */
class GlobalVariableOrWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * Construct a new GlobalVariableOrWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   * @param {Location} nameLoc
   * @param {Location} operatorLoc
   * @param {Node} value
   */
  constructor(nodeID, location, flags, name, nameLoc, operatorLoc, value) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.nameLoc = nameLoc;
    this.operatorLoc = operatorLoc;
    this.value = value;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitGlobalVariableOrWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "GlobalVariableOrWriteNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      nameLoc: this.nameLoc,
      operatorLoc: this.operatorLoc,
      value: this.value,
    };
  }
}

/**
 * Represents referencing a global variable.
 *
 *     $foo
 *     ^^^^
 */
class GlobalVariableReadNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * Construct a new GlobalVariableReadNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   */
  constructor(nodeID, location, flags, name) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitGlobalVariableReadNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "GlobalVariableReadNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
    };
  }
}

/**
 * Represents writing to a global variable in a context that doesn't have an explicit value.
 *
 *     $foo, $bar = baz
 *     ^^^^  ^^^^
 */
class GlobalVariableTargetNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * Construct a new GlobalVariableTargetNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   */
  constructor(nodeID, location, flags, name) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitGlobalVariableTargetNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "GlobalVariableTargetNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
    };
  }
}

/**
 * Represents writing to a global variable.
 *
 *     $foo = 1
 *     ^^^^^^^^
 */
class GlobalVariableWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * @type Node
   */
  value;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * Construct a new GlobalVariableWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   * @param {Location} nameLoc
   * @param {Node} value
   * @param {Location} operatorLoc
   */
  constructor(nodeID, location, flags, name, nameLoc, value, operatorLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.nameLoc = nameLoc;
    this.value = value;
    this.operatorLoc = operatorLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitGlobalVariableWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "GlobalVariableWriteNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      nameLoc: this.nameLoc,
      value: this.value,
      operatorLoc: this.operatorLoc,
    };
  }
}

/**
 * Represents a hash literal.
 *
 *     { a => b }
 *     ^^^^^^^^^^
 */
class HashNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  openingLoc;

  /**
   * @type Node[]
   */
  elements;

  /**
   * @type Location
   */
  closingLoc;

  /**
   * Construct a new HashNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} openingLoc
   * @param {Node[]} elements
   * @param {Location} closingLoc
   */
  constructor(nodeID, location, flags, openingLoc, elements, closingLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.openingLoc = openingLoc;
    this.elements = elements;
    this.closingLoc = closingLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitHashNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [...this.elements]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [...this.elements];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "HashNode",
      location: this.location,
      flags: this.#flags,
      openingLoc: this.openingLoc,
      elements: this.elements,
      closingLoc: this.closingLoc,
    };
  }
}

/**
 * Represents a hash pattern in pattern matching.
 *
 *     foo => { a: 1, b: 2 }
 *            ^^^^^^^^^^^^^^
 *
 *     foo => { a: 1, b: 2, **c }
 *            ^^^^^^^^^^^^^^^^^^^
 *
 *     foo => Bar[a: 1, b: 2]
 *            ^^^^^^^^^^^^^^^
 *
 *     foo in { a: 1, b: 2 }
 *            ^^^^^^^^^^^^^^
 */
class HashPatternNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node | null
   */
  constant;

  /**
   * @type Node[]
   */
  elements;

  /**
   * @type Node | null
   */
  rest;

  /**
   * @type Location | null
   */
  openingLoc;

  /**
   * @type Location | null
   */
  closingLoc;

  /**
   * Construct a new HashPatternNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node | null} constant
   * @param {Node[]} elements
   * @param {Node | null} rest
   * @param {Location | null} openingLoc
   * @param {Location | null} closingLoc
   */
  constructor(nodeID, location, flags, constant, elements, rest, openingLoc, closingLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.constant = constant;
    this.elements = elements;
    this.rest = rest;
    this.openingLoc = openingLoc;
    this.closingLoc = closingLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitHashPatternNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.constant, ...this.elements, this.rest]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.constant) {
      compact.push(this.constant);
    }
    compact.concat(this.elements);
    if (this.rest) {
      compact.push(this.rest);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "HashPatternNode",
      location: this.location,
      flags: this.#flags,
      constant: this.constant,
      elements: this.elements,
      rest: this.rest,
      openingLoc: this.openingLoc,
      closingLoc: this.closingLoc,
    };
  }
}

/**
 * Represents the use of the `if` keyword, either in the block form or the modifier form, or a ternary expression.
 *
 *     bar if foo
 *     ^^^^^^^^^^
 *
 *     if foo then bar end
 *     ^^^^^^^^^^^^^^^^^^^
 *
 *     foo ? bar : baz
 *     ^^^^^^^^^^^^^^^
 */
class IfNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location | null
   */
  ifKeywordLoc;

  /**
   * @type Node
   */
  predicate;

  /**
   * @type Location | null
   */
  thenKeywordLoc;

  /**
   * @type StatementsNode | null
   */
  statements;

  /**
   * @type Node | null
   */
  subsequent;

  /**
   * @type Location | null
   */
  endKeywordLoc;

  /**
   * Construct a new IfNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location | null} ifKeywordLoc
   * @param {Node} predicate
   * @param {Location | null} thenKeywordLoc
   * @param {StatementsNode | null} statements
   * @param {Node | null} subsequent
   * @param {Location | null} endKeywordLoc
   */
  constructor(nodeID, location, flags, ifKeywordLoc, predicate, thenKeywordLoc, statements, subsequent, endKeywordLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.ifKeywordLoc = ifKeywordLoc;
    this.predicate = predicate;
    this.thenKeywordLoc = thenKeywordLoc;
    this.statements = statements;
    this.subsequent = subsequent;
    this.endKeywordLoc = endKeywordLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitIfNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.predicate, this.statements, this.subsequent]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    compact.push(this.predicate);

    if (this.statements) {
      compact.push(this.statements);
    }
    if (this.subsequent) {
      compact.push(this.subsequent);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "IfNode",
      location: this.location,
      flags: this.#flags,
      ifKeywordLoc: this.ifKeywordLoc,
      predicate: this.predicate,
      thenKeywordLoc: this.thenKeywordLoc,
      statements: this.statements,
      subsequent: this.subsequent,
      endKeywordLoc: this.endKeywordLoc,
    };
  }
}

/**
 * Represents an imaginary number literal.
 *
 *     1.0i
 *     ^^^^
 */
class ImaginaryNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node
   */
  numeric;

  /**
   * Construct a new ImaginaryNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node} numeric
   */
  constructor(nodeID, location, flags, numeric) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.numeric = numeric;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitImaginaryNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.numeric]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.numeric];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ImaginaryNode",
      location: this.location,
      flags: this.#flags,
      numeric: this.numeric,
    };
  }
}

/**
 * Represents a node that is implicitly being added to the tree but doesn't correspond directly to a node in the source.
 *
 *     { foo: }
 *       ^^^^
 *
 *     { Foo: }
 *       ^^^^
 *
 *     foo in { bar: }
 *              ^^^^
 */
class ImplicitNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node
   */
  value;

  /**
   * Construct a new ImplicitNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node} value
   */
  constructor(nodeID, location, flags, value) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.value = value;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitImplicitNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ImplicitNode",
      location: this.location,
      flags: this.#flags,
      value: this.value,
    };
  }
}

/**
 * Represents using a trailing comma to indicate an implicit rest parameter.
 *
 *     foo { |bar,| }
 *               ^
 *
 *     foo in [bar,]
 *                ^
 *
 *     for foo, in bar do end
 *            ^
 *
 *     foo, = bar
 *        ^
 */
class ImplicitRestNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * Construct a new ImplicitRestNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   */
  constructor(nodeID, location, flags) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitImplicitRestNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ImplicitRestNode",
      location: this.location,
      flags: this.#flags,
    };
  }
}

/**
 * Represents the use of the `in` keyword in a case statement.
 *
 *     case a; in b then c end
 *             ^^^^^^^^^^^
 */
class InNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node
   */
  pattern;

  /**
   * @type StatementsNode | null
   */
  statements;

  /**
   * @type Location
   */
  inLoc;

  /**
   * @type Location | null
   */
  thenLoc;

  /**
   * Construct a new InNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node} pattern
   * @param {StatementsNode | null} statements
   * @param {Location} inLoc
   * @param {Location | null} thenLoc
   */
  constructor(nodeID, location, flags, pattern, statements, inLoc, thenLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.pattern = pattern;
    this.statements = statements;
    this.inLoc = inLoc;
    this.thenLoc = thenLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitInNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.pattern, this.statements]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    compact.push(this.pattern);

    if (this.statements) {
      compact.push(this.statements);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "InNode",
      location: this.location,
      flags: this.#flags,
      pattern: this.pattern,
      statements: this.statements,
      inLoc: this.inLoc,
      thenLoc: this.thenLoc,
    };
  }
}

/**
 * Represents the use of the `&&=` operator on a call to the `[]` method.
 *
 *     foo.bar[baz] &&= value
 *     ^^^^^^^^^^^^^^^^^^^^^^
 */
class IndexAndWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node | null
   */
  receiver;

  /**
   * @type Location | null
   */
  callOperatorLoc;

  /**
   * @type Location
   */
  openingLoc;

  /**
   * @type ArgumentsNode | null
   */
  arguments_;

  /**
   * @type Location
   */
  closingLoc;

  /**
   * @type BlockArgumentNode | null
   */
  block;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * Construct a new IndexAndWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node | null} receiver
   * @param {Location | null} callOperatorLoc
   * @param {Location} openingLoc
   * @param {ArgumentsNode | null} arguments_
   * @param {Location} closingLoc
   * @param {BlockArgumentNode | null} block
   * @param {Location} operatorLoc
   * @param {Node} value
   */
  constructor(nodeID, location, flags, receiver, callOperatorLoc, openingLoc, arguments_, closingLoc, block, operatorLoc, value) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.receiver = receiver;
    this.callOperatorLoc = callOperatorLoc;
    this.openingLoc = openingLoc;
    this.arguments_ = arguments_;
    this.closingLoc = closingLoc;
    this.block = block;
    this.operatorLoc = operatorLoc;
    this.value = value;
  }

  /**
   * True if this node has the SAFE_NAVIGATION flag.
   *
   * @returns {boolean}
   */
  isSafeNavigation() {
    return (this.#flags & CallNodeFlags.SAFE_NAVIGATION) !== 0;
  }

  /**
   * True if this node has the VARIABLE_CALL flag.
   *
   * @returns {boolean}
   */
  isVariableCall() {
    return (this.#flags & CallNodeFlags.VARIABLE_CALL) !== 0;
  }

  /**
   * True if this node has the ATTRIBUTE_WRITE flag.
   *
   * @returns {boolean}
   */
  isAttributeWrite() {
    return (this.#flags & CallNodeFlags.ATTRIBUTE_WRITE) !== 0;
  }

  /**
   * True if this node has the IGNORE_VISIBILITY flag.
   *
   * @returns {boolean}
   */
  isIgnoreVisibility() {
    return (this.#flags & CallNodeFlags.IGNORE_VISIBILITY) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitIndexAndWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.receiver, this.arguments_, this.block, this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.receiver) {
      compact.push(this.receiver);
    }
    if (this.arguments_) {
      compact.push(this.arguments_);
    }
    if (this.block) {
      compact.push(this.block);
    }
    compact.push(this.value);


    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "IndexAndWriteNode",
      location: this.location,
      flags: this.#flags,
      receiver: this.receiver,
      callOperatorLoc: this.callOperatorLoc,
      openingLoc: this.openingLoc,
      arguments: this.arguments_,
      closingLoc: this.closingLoc,
      block: this.block,
      operatorLoc: this.operatorLoc,
      value: this.value,
    };
  }
}

/**
 * Represents the use of an assignment operator on a call to `[]`.
 *
 *     foo.bar[baz] += value
 *     ^^^^^^^^^^^^^^^^^^^^^
 */
class IndexOperatorWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node | null
   */
  receiver;

  /**
   * @type Location | null
   */
  callOperatorLoc;

  /**
   * @type Location
   */
  openingLoc;

  /**
   * @type ArgumentsNode | null
   */
  arguments_;

  /**
   * @type Location
   */
  closingLoc;

  /**
   * @type BlockArgumentNode | null
   */
  block;

  /**
   * @type string
   */
  binaryOperator;

  /**
   * @type Location
   */
  binaryOperatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * Construct a new IndexOperatorWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node | null} receiver
   * @param {Location | null} callOperatorLoc
   * @param {Location} openingLoc
   * @param {ArgumentsNode | null} arguments_
   * @param {Location} closingLoc
   * @param {BlockArgumentNode | null} block
   * @param {string} binaryOperator
   * @param {Location} binaryOperatorLoc
   * @param {Node} value
   */
  constructor(nodeID, location, flags, receiver, callOperatorLoc, openingLoc, arguments_, closingLoc, block, binaryOperator, binaryOperatorLoc, value) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.receiver = receiver;
    this.callOperatorLoc = callOperatorLoc;
    this.openingLoc = openingLoc;
    this.arguments_ = arguments_;
    this.closingLoc = closingLoc;
    this.block = block;
    this.binaryOperator = binaryOperator;
    this.binaryOperatorLoc = binaryOperatorLoc;
    this.value = value;
  }

  /**
   * True if this node has the SAFE_NAVIGATION flag.
   *
   * @returns {boolean}
   */
  isSafeNavigation() {
    return (this.#flags & CallNodeFlags.SAFE_NAVIGATION) !== 0;
  }

  /**
   * True if this node has the VARIABLE_CALL flag.
   *
   * @returns {boolean}
   */
  isVariableCall() {
    return (this.#flags & CallNodeFlags.VARIABLE_CALL) !== 0;
  }

  /**
   * True if this node has the ATTRIBUTE_WRITE flag.
   *
   * @returns {boolean}
   */
  isAttributeWrite() {
    return (this.#flags & CallNodeFlags.ATTRIBUTE_WRITE) !== 0;
  }

  /**
   * True if this node has the IGNORE_VISIBILITY flag.
   *
   * @returns {boolean}
   */
  isIgnoreVisibility() {
    return (this.#flags & CallNodeFlags.IGNORE_VISIBILITY) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitIndexOperatorWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.receiver, this.arguments_, this.block, this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.receiver) {
      compact.push(this.receiver);
    }
    if (this.arguments_) {
      compact.push(this.arguments_);
    }
    if (this.block) {
      compact.push(this.block);
    }
    compact.push(this.value);


    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "IndexOperatorWriteNode",
      location: this.location,
      flags: this.#flags,
      receiver: this.receiver,
      callOperatorLoc: this.callOperatorLoc,
      openingLoc: this.openingLoc,
      arguments: this.arguments_,
      closingLoc: this.closingLoc,
      block: this.block,
      binaryOperator: this.binaryOperator,
      binaryOperatorLoc: this.binaryOperatorLoc,
      value: this.value,
    };
  }
}

/**
 * Represents the use of the `||=` operator on a call to `[]`.
 *
 *     foo.bar[baz] ||= value
 *     ^^^^^^^^^^^^^^^^^^^^^^
 */
class IndexOrWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node | null
   */
  receiver;

  /**
   * @type Location | null
   */
  callOperatorLoc;

  /**
   * @type Location
   */
  openingLoc;

  /**
   * @type ArgumentsNode | null
   */
  arguments_;

  /**
   * @type Location
   */
  closingLoc;

  /**
   * @type BlockArgumentNode | null
   */
  block;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * Construct a new IndexOrWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node | null} receiver
   * @param {Location | null} callOperatorLoc
   * @param {Location} openingLoc
   * @param {ArgumentsNode | null} arguments_
   * @param {Location} closingLoc
   * @param {BlockArgumentNode | null} block
   * @param {Location} operatorLoc
   * @param {Node} value
   */
  constructor(nodeID, location, flags, receiver, callOperatorLoc, openingLoc, arguments_, closingLoc, block, operatorLoc, value) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.receiver = receiver;
    this.callOperatorLoc = callOperatorLoc;
    this.openingLoc = openingLoc;
    this.arguments_ = arguments_;
    this.closingLoc = closingLoc;
    this.block = block;
    this.operatorLoc = operatorLoc;
    this.value = value;
  }

  /**
   * True if this node has the SAFE_NAVIGATION flag.
   *
   * @returns {boolean}
   */
  isSafeNavigation() {
    return (this.#flags & CallNodeFlags.SAFE_NAVIGATION) !== 0;
  }

  /**
   * True if this node has the VARIABLE_CALL flag.
   *
   * @returns {boolean}
   */
  isVariableCall() {
    return (this.#flags & CallNodeFlags.VARIABLE_CALL) !== 0;
  }

  /**
   * True if this node has the ATTRIBUTE_WRITE flag.
   *
   * @returns {boolean}
   */
  isAttributeWrite() {
    return (this.#flags & CallNodeFlags.ATTRIBUTE_WRITE) !== 0;
  }

  /**
   * True if this node has the IGNORE_VISIBILITY flag.
   *
   * @returns {boolean}
   */
  isIgnoreVisibility() {
    return (this.#flags & CallNodeFlags.IGNORE_VISIBILITY) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitIndexOrWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.receiver, this.arguments_, this.block, this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.receiver) {
      compact.push(this.receiver);
    }
    if (this.arguments_) {
      compact.push(this.arguments_);
    }
    if (this.block) {
      compact.push(this.block);
    }
    compact.push(this.value);


    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "IndexOrWriteNode",
      location: this.location,
      flags: this.#flags,
      receiver: this.receiver,
      callOperatorLoc: this.callOperatorLoc,
      openingLoc: this.openingLoc,
      arguments: this.arguments_,
      closingLoc: this.closingLoc,
      block: this.block,
      operatorLoc: this.operatorLoc,
      value: this.value,
    };
  }
}

/**
 * Represents assigning to an index.
 *
 *     foo[bar], = 1
 *     ^^^^^^^^
 *
 *     begin
 *     rescue => foo[bar]
 *               ^^^^^^^^
 *     end
 *
 *     for foo[bar] in baz do end
 *         ^^^^^^^^
 */
class IndexTargetNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node
   */
  receiver;

  /**
   * @type Location
   */
  openingLoc;

  /**
   * @type ArgumentsNode | null
   */
  arguments_;

  /**
   * @type Location
   */
  closingLoc;

  /**
   * @type BlockArgumentNode | null
   */
  block;

  /**
   * Construct a new IndexTargetNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node} receiver
   * @param {Location} openingLoc
   * @param {ArgumentsNode | null} arguments_
   * @param {Location} closingLoc
   * @param {BlockArgumentNode | null} block
   */
  constructor(nodeID, location, flags, receiver, openingLoc, arguments_, closingLoc, block) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.receiver = receiver;
    this.openingLoc = openingLoc;
    this.arguments_ = arguments_;
    this.closingLoc = closingLoc;
    this.block = block;
  }

  /**
   * True if this node has the SAFE_NAVIGATION flag.
   *
   * @returns {boolean}
   */
  isSafeNavigation() {
    return (this.#flags & CallNodeFlags.SAFE_NAVIGATION) !== 0;
  }

  /**
   * True if this node has the VARIABLE_CALL flag.
   *
   * @returns {boolean}
   */
  isVariableCall() {
    return (this.#flags & CallNodeFlags.VARIABLE_CALL) !== 0;
  }

  /**
   * True if this node has the ATTRIBUTE_WRITE flag.
   *
   * @returns {boolean}
   */
  isAttributeWrite() {
    return (this.#flags & CallNodeFlags.ATTRIBUTE_WRITE) !== 0;
  }

  /**
   * True if this node has the IGNORE_VISIBILITY flag.
   *
   * @returns {boolean}
   */
  isIgnoreVisibility() {
    return (this.#flags & CallNodeFlags.IGNORE_VISIBILITY) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitIndexTargetNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.receiver, this.arguments_, this.block]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    compact.push(this.receiver);

    if (this.arguments_) {
      compact.push(this.arguments_);
    }
    if (this.block) {
      compact.push(this.block);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "IndexTargetNode",
      location: this.location,
      flags: this.#flags,
      receiver: this.receiver,
      openingLoc: this.openingLoc,
      arguments: this.arguments_,
      closingLoc: this.closingLoc,
      block: this.block,
    };
  }
}

/**
 * Represents the use of the `&&=` operator for assignment to an instance variable.
 *
 *     @target &&= value
 *     ^^^^^^^^^^^^^^^^^
 */
class InstanceVariableAndWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * Construct a new InstanceVariableAndWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   * @param {Location} nameLoc
   * @param {Location} operatorLoc
   * @param {Node} value
   */
  constructor(nodeID, location, flags, name, nameLoc, operatorLoc, value) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.nameLoc = nameLoc;
    this.operatorLoc = operatorLoc;
    this.value = value;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitInstanceVariableAndWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "InstanceVariableAndWriteNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      nameLoc: this.nameLoc,
      operatorLoc: this.operatorLoc,
      value: this.value,
    };
  }
}

/**
 * Represents assigning to an instance variable using an operator that isn't `=`.
 *
 *     @target += value
 *     ^^^^^^^^^^^^^^^^
 */
class InstanceVariableOperatorWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * @type Location
   */
  binaryOperatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * @type string
   */
  binaryOperator;

  /**
   * Construct a new InstanceVariableOperatorWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   * @param {Location} nameLoc
   * @param {Location} binaryOperatorLoc
   * @param {Node} value
   * @param {string} binaryOperator
   */
  constructor(nodeID, location, flags, name, nameLoc, binaryOperatorLoc, value, binaryOperator) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.nameLoc = nameLoc;
    this.binaryOperatorLoc = binaryOperatorLoc;
    this.value = value;
    this.binaryOperator = binaryOperator;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitInstanceVariableOperatorWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "InstanceVariableOperatorWriteNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      nameLoc: this.nameLoc,
      binaryOperatorLoc: this.binaryOperatorLoc,
      value: this.value,
      binaryOperator: this.binaryOperator,
    };
  }
}

/**
 * Represents the use of the `||=` operator for assignment to an instance variable.
 *
 *     @target ||= value
 *     ^^^^^^^^^^^^^^^^^
 */
class InstanceVariableOrWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * Construct a new InstanceVariableOrWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   * @param {Location} nameLoc
   * @param {Location} operatorLoc
   * @param {Node} value
   */
  constructor(nodeID, location, flags, name, nameLoc, operatorLoc, value) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.nameLoc = nameLoc;
    this.operatorLoc = operatorLoc;
    this.value = value;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitInstanceVariableOrWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "InstanceVariableOrWriteNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      nameLoc: this.nameLoc,
      operatorLoc: this.operatorLoc,
      value: this.value,
    };
  }
}

/**
 * Represents referencing an instance variable.
 *
 *     @foo
 *     ^^^^
 */
class InstanceVariableReadNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * Construct a new InstanceVariableReadNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   */
  constructor(nodeID, location, flags, name) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitInstanceVariableReadNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "InstanceVariableReadNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
    };
  }
}

/**
 * Represents writing to an instance variable in a context that doesn't have an explicit value.
 *
 *     @foo, @bar = baz
 *     ^^^^  ^^^^
 */
class InstanceVariableTargetNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * Construct a new InstanceVariableTargetNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   */
  constructor(nodeID, location, flags, name) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitInstanceVariableTargetNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "InstanceVariableTargetNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
    };
  }
}

/**
 * Represents writing to an instance variable.
 *
 *     @foo = 1
 *     ^^^^^^^^
 */
class InstanceVariableWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * @type Node
   */
  value;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * Construct a new InstanceVariableWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   * @param {Location} nameLoc
   * @param {Node} value
   * @param {Location} operatorLoc
   */
  constructor(nodeID, location, flags, name, nameLoc, value, operatorLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.nameLoc = nameLoc;
    this.value = value;
    this.operatorLoc = operatorLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitInstanceVariableWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "InstanceVariableWriteNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      nameLoc: this.nameLoc,
      value: this.value,
      operatorLoc: this.operatorLoc,
    };
  }
}

/**
 * Represents an integer number literal.
 *
 *     1
 *     ^
 */
class IntegerNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type number
   */
  value;

  /**
   * Construct a new IntegerNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {number} value
   */
  constructor(nodeID, location, flags, value) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.value = value;
  }

  /**
   * True if this node has the BINARY flag.
   *
   * @returns {boolean}
   */
  isBinary() {
    return (this.#flags & IntegerBaseFlags.BINARY) !== 0;
  }

  /**
   * True if this node has the DECIMAL flag.
   *
   * @returns {boolean}
   */
  isDecimal() {
    return (this.#flags & IntegerBaseFlags.DECIMAL) !== 0;
  }

  /**
   * True if this node has the OCTAL flag.
   *
   * @returns {boolean}
   */
  isOctal() {
    return (this.#flags & IntegerBaseFlags.OCTAL) !== 0;
  }

  /**
   * True if this node has the HEXADECIMAL flag.
   *
   * @returns {boolean}
   */
  isHexadecimal() {
    return (this.#flags & IntegerBaseFlags.HEXADECIMAL) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitIntegerNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "IntegerNode",
      location: this.location,
      flags: this.#flags,
      value: this.value,
    };
  }
}

/**
 * Represents a regular expression literal that contains interpolation that is being used in the predicate of a conditional to implicitly match against the last line read by an IO object.
 *
 *     if /foo #{bar} baz/ then end
 *        ^^^^^^^^^^^^^^^^
 */
class InterpolatedMatchLastLineNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  openingLoc;

  /**
   * @type Node[]
   */
  parts;

  /**
   * @type Location
   */
  closingLoc;

  /**
   * Construct a new InterpolatedMatchLastLineNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} openingLoc
   * @param {Node[]} parts
   * @param {Location} closingLoc
   */
  constructor(nodeID, location, flags, openingLoc, parts, closingLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.openingLoc = openingLoc;
    this.parts = parts;
    this.closingLoc = closingLoc;
  }

  /**
   * True if this node has the IGNORE_CASE flag.
   *
   * @returns {boolean}
   */
  isIgnoreCase() {
    return (this.#flags & RegularExpressionFlags.IGNORE_CASE) !== 0;
  }

  /**
   * True if this node has the EXTENDED flag.
   *
   * @returns {boolean}
   */
  isExtended() {
    return (this.#flags & RegularExpressionFlags.EXTENDED) !== 0;
  }

  /**
   * True if this node has the MULTI_LINE flag.
   *
   * @returns {boolean}
   */
  isMultiLine() {
    return (this.#flags & RegularExpressionFlags.MULTI_LINE) !== 0;
  }

  /**
   * True if this node has the ONCE flag.
   *
   * @returns {boolean}
   */
  isOnce() {
    return (this.#flags & RegularExpressionFlags.ONCE) !== 0;
  }

  /**
   * True if this node has the EUC_JP flag.
   *
   * @returns {boolean}
   */
  isEucJp() {
    return (this.#flags & RegularExpressionFlags.EUC_JP) !== 0;
  }

  /**
   * True if this node has the ASCII_8BIT flag.
   *
   * @returns {boolean}
   */
  isAscii8bit() {
    return (this.#flags & RegularExpressionFlags.ASCII_8BIT) !== 0;
  }

  /**
   * True if this node has the WINDOWS_31J flag.
   *
   * @returns {boolean}
   */
  isWindows31j() {
    return (this.#flags & RegularExpressionFlags.WINDOWS_31J) !== 0;
  }

  /**
   * True if this node has the UTF_8 flag.
   *
   * @returns {boolean}
   */
  isUtf8() {
    return (this.#flags & RegularExpressionFlags.UTF_8) !== 0;
  }

  /**
   * True if this node has the FORCED_UTF8_ENCODING flag.
   *
   * @returns {boolean}
   */
  isForcedUtf8Encoding() {
    return (this.#flags & RegularExpressionFlags.FORCED_UTF8_ENCODING) !== 0;
  }

  /**
   * True if this node has the FORCED_BINARY_ENCODING flag.
   *
   * @returns {boolean}
   */
  isForcedBinaryEncoding() {
    return (this.#flags & RegularExpressionFlags.FORCED_BINARY_ENCODING) !== 0;
  }

  /**
   * True if this node has the FORCED_US_ASCII_ENCODING flag.
   *
   * @returns {boolean}
   */
  isForcedUsAsciiEncoding() {
    return (this.#flags & RegularExpressionFlags.FORCED_US_ASCII_ENCODING) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitInterpolatedMatchLastLineNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [...this.parts]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [...this.parts];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "InterpolatedMatchLastLineNode",
      location: this.location,
      flags: this.#flags,
      openingLoc: this.openingLoc,
      parts: this.parts,
      closingLoc: this.closingLoc,
    };
  }
}

/**
 * Represents a regular expression literal that contains interpolation.
 *
 *     /foo #{bar} baz/
 *     ^^^^^^^^^^^^^^^^
 */
class InterpolatedRegularExpressionNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  openingLoc;

  /**
   * @type Node[]
   */
  parts;

  /**
   * @type Location
   */
  closingLoc;

  /**
   * Construct a new InterpolatedRegularExpressionNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} openingLoc
   * @param {Node[]} parts
   * @param {Location} closingLoc
   */
  constructor(nodeID, location, flags, openingLoc, parts, closingLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.openingLoc = openingLoc;
    this.parts = parts;
    this.closingLoc = closingLoc;
  }

  /**
   * True if this node has the IGNORE_CASE flag.
   *
   * @returns {boolean}
   */
  isIgnoreCase() {
    return (this.#flags & RegularExpressionFlags.IGNORE_CASE) !== 0;
  }

  /**
   * True if this node has the EXTENDED flag.
   *
   * @returns {boolean}
   */
  isExtended() {
    return (this.#flags & RegularExpressionFlags.EXTENDED) !== 0;
  }

  /**
   * True if this node has the MULTI_LINE flag.
   *
   * @returns {boolean}
   */
  isMultiLine() {
    return (this.#flags & RegularExpressionFlags.MULTI_LINE) !== 0;
  }

  /**
   * True if this node has the ONCE flag.
   *
   * @returns {boolean}
   */
  isOnce() {
    return (this.#flags & RegularExpressionFlags.ONCE) !== 0;
  }

  /**
   * True if this node has the EUC_JP flag.
   *
   * @returns {boolean}
   */
  isEucJp() {
    return (this.#flags & RegularExpressionFlags.EUC_JP) !== 0;
  }

  /**
   * True if this node has the ASCII_8BIT flag.
   *
   * @returns {boolean}
   */
  isAscii8bit() {
    return (this.#flags & RegularExpressionFlags.ASCII_8BIT) !== 0;
  }

  /**
   * True if this node has the WINDOWS_31J flag.
   *
   * @returns {boolean}
   */
  isWindows31j() {
    return (this.#flags & RegularExpressionFlags.WINDOWS_31J) !== 0;
  }

  /**
   * True if this node has the UTF_8 flag.
   *
   * @returns {boolean}
   */
  isUtf8() {
    return (this.#flags & RegularExpressionFlags.UTF_8) !== 0;
  }

  /**
   * True if this node has the FORCED_UTF8_ENCODING flag.
   *
   * @returns {boolean}
   */
  isForcedUtf8Encoding() {
    return (this.#flags & RegularExpressionFlags.FORCED_UTF8_ENCODING) !== 0;
  }

  /**
   * True if this node has the FORCED_BINARY_ENCODING flag.
   *
   * @returns {boolean}
   */
  isForcedBinaryEncoding() {
    return (this.#flags & RegularExpressionFlags.FORCED_BINARY_ENCODING) !== 0;
  }

  /**
   * True if this node has the FORCED_US_ASCII_ENCODING flag.
   *
   * @returns {boolean}
   */
  isForcedUsAsciiEncoding() {
    return (this.#flags & RegularExpressionFlags.FORCED_US_ASCII_ENCODING) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitInterpolatedRegularExpressionNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [...this.parts]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [...this.parts];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "InterpolatedRegularExpressionNode",
      location: this.location,
      flags: this.#flags,
      openingLoc: this.openingLoc,
      parts: this.parts,
      closingLoc: this.closingLoc,
    };
  }
}

/**
 * Represents a string literal that contains interpolation.
 *
 *     "foo #{bar} baz"
 *     ^^^^^^^^^^^^^^^^
 */
class InterpolatedStringNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location | null
   */
  openingLoc;

  /**
   * @type Node[]
   */
  parts;

  /**
   * @type Location | null
   */
  closingLoc;

  /**
   * Construct a new InterpolatedStringNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location | null} openingLoc
   * @param {Node[]} parts
   * @param {Location | null} closingLoc
   */
  constructor(nodeID, location, flags, openingLoc, parts, closingLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.openingLoc = openingLoc;
    this.parts = parts;
    this.closingLoc = closingLoc;
  }

  /**
   * True if this node has the FROZEN flag.
   *
   * @returns {boolean}
   */
  isFrozen() {
    return (this.#flags & InterpolatedStringNodeFlags.FROZEN) !== 0;
  }

  /**
   * True if this node has the MUTABLE flag.
   *
   * @returns {boolean}
   */
  isMutable() {
    return (this.#flags & InterpolatedStringNodeFlags.MUTABLE) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitInterpolatedStringNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [...this.parts]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [...this.parts];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "InterpolatedStringNode",
      location: this.location,
      flags: this.#flags,
      openingLoc: this.openingLoc,
      parts: this.parts,
      closingLoc: this.closingLoc,
    };
  }
}

/**
 * Represents a symbol literal that contains interpolation.
 *
 *     :"foo #{bar} baz"
 *     ^^^^^^^^^^^^^^^^^
 */
class InterpolatedSymbolNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location | null
   */
  openingLoc;

  /**
   * @type Node[]
   */
  parts;

  /**
   * @type Location | null
   */
  closingLoc;

  /**
   * Construct a new InterpolatedSymbolNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location | null} openingLoc
   * @param {Node[]} parts
   * @param {Location | null} closingLoc
   */
  constructor(nodeID, location, flags, openingLoc, parts, closingLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.openingLoc = openingLoc;
    this.parts = parts;
    this.closingLoc = closingLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitInterpolatedSymbolNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [...this.parts]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [...this.parts];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "InterpolatedSymbolNode",
      location: this.location,
      flags: this.#flags,
      openingLoc: this.openingLoc,
      parts: this.parts,
      closingLoc: this.closingLoc,
    };
  }
}

/**
 * Represents an xstring literal that contains interpolation.
 *
 *     `foo #{bar} baz`
 *     ^^^^^^^^^^^^^^^^
 */
class InterpolatedXStringNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  openingLoc;

  /**
   * @type Node[]
   */
  parts;

  /**
   * @type Location
   */
  closingLoc;

  /**
   * Construct a new InterpolatedXStringNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} openingLoc
   * @param {Node[]} parts
   * @param {Location} closingLoc
   */
  constructor(nodeID, location, flags, openingLoc, parts, closingLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.openingLoc = openingLoc;
    this.parts = parts;
    this.closingLoc = closingLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitInterpolatedXStringNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [...this.parts]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [...this.parts];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "InterpolatedXStringNode",
      location: this.location,
      flags: this.#flags,
      openingLoc: this.openingLoc,
      parts: this.parts,
      closingLoc: this.closingLoc,
    };
  }
}

/**
 * Represents reading from the implicit `it` local variable.
 *
 *     -> { it }
 *          ^^
 */
class ItLocalVariableReadNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * Construct a new ItLocalVariableReadNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   */
  constructor(nodeID, location, flags) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitItLocalVariableReadNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ItLocalVariableReadNode",
      location: this.location,
      flags: this.#flags,
    };
  }
}

/**
 * Represents an implicit set of parameters through the use of the `it` keyword within a block or lambda.
 *
 *     -> { it + it }
 *     ^^^^^^^^^^^^^^
 */
class ItParametersNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * Construct a new ItParametersNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   */
  constructor(nodeID, location, flags) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitItParametersNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ItParametersNode",
      location: this.location,
      flags: this.#flags,
    };
  }
}

/**
 * Represents a hash literal without opening and closing braces.
 *
 *     foo(a: b)
 *         ^^^^
 */
class KeywordHashNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node[]
   */
  elements;

  /**
   * Construct a new KeywordHashNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node[]} elements
   */
  constructor(nodeID, location, flags, elements) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.elements = elements;
  }

  /**
   * True if this node has the SYMBOL_KEYS flag.
   *
   * @returns {boolean}
   */
  isSymbolKeys() {
    return (this.#flags & KeywordHashNodeFlags.SYMBOL_KEYS) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitKeywordHashNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [...this.elements]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [...this.elements];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "KeywordHashNode",
      location: this.location,
      flags: this.#flags,
      elements: this.elements,
    };
  }
}

/**
 * Represents a keyword rest parameter to a method, block, or lambda definition.
 *
 *     def a(**b)
 *           ^^^
 *     end
 */
class KeywordRestParameterNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string | null
   */
  name;

  /**
   * @type Location | null
   */
  nameLoc;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * Construct a new KeywordRestParameterNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string | null} name
   * @param {Location | null} nameLoc
   * @param {Location} operatorLoc
   */
  constructor(nodeID, location, flags, name, nameLoc, operatorLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.nameLoc = nameLoc;
    this.operatorLoc = operatorLoc;
  }

  /**
   * True if this node has the REPEATED_PARAMETER flag.
   *
   * @returns {boolean}
   */
  isRepeatedParameter() {
    return (this.#flags & ParameterFlags.REPEATED_PARAMETER) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitKeywordRestParameterNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "KeywordRestParameterNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      nameLoc: this.nameLoc,
      operatorLoc: this.operatorLoc,
    };
  }
}

/**
 * Represents using a lambda literal (not the lambda method call).
 *
 *     ->(value) { value * 2 }
 *     ^^^^^^^^^^^^^^^^^^^^^^^
 */
class LambdaNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string[]
   */
  locals;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Location
   */
  openingLoc;

  /**
   * @type Location
   */
  closingLoc;

  /**
   * @type Node | null
   */
  parameters;

  /**
   * @type Node | null
   */
  body;

  /**
   * Construct a new LambdaNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string[]} locals
   * @param {Location} operatorLoc
   * @param {Location} openingLoc
   * @param {Location} closingLoc
   * @param {Node | null} parameters
   * @param {Node | null} body
   */
  constructor(nodeID, location, flags, locals, operatorLoc, openingLoc, closingLoc, parameters, body) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.locals = locals;
    this.operatorLoc = operatorLoc;
    this.openingLoc = openingLoc;
    this.closingLoc = closingLoc;
    this.parameters = parameters;
    this.body = body;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitLambdaNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.parameters, this.body]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.parameters) {
      compact.push(this.parameters);
    }
    if (this.body) {
      compact.push(this.body);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "LambdaNode",
      location: this.location,
      flags: this.#flags,
      locals: this.locals,
      operatorLoc: this.operatorLoc,
      openingLoc: this.openingLoc,
      closingLoc: this.closingLoc,
      parameters: this.parameters,
      body: this.body,
    };
  }
}

/**
 * Represents the use of the `&&=` operator for assignment to a local variable.
 *
 *     target &&= value
 *     ^^^^^^^^^^^^^^^^
 */
class LocalVariableAndWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * @type string
   */
  name;

  /**
   * @type number
   */
  depth;

  /**
   * Construct a new LocalVariableAndWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} nameLoc
   * @param {Location} operatorLoc
   * @param {Node} value
   * @param {string} name
   * @param {number} depth
   */
  constructor(nodeID, location, flags, nameLoc, operatorLoc, value, name, depth) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.nameLoc = nameLoc;
    this.operatorLoc = operatorLoc;
    this.value = value;
    this.name = name;
    this.depth = depth;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitLocalVariableAndWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "LocalVariableAndWriteNode",
      location: this.location,
      flags: this.#flags,
      nameLoc: this.nameLoc,
      operatorLoc: this.operatorLoc,
      value: this.value,
      name: this.name,
      depth: this.depth,
    };
  }
}

/**
 * Represents assigning to a local variable using an operator that isn't `=`.
 *
 *     target += value
 *     ^^^^^^^^^^^^^^^
 */
class LocalVariableOperatorWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * @type Location
   */
  binaryOperatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * @type string
   */
  name;

  /**
   * @type string
   */
  binaryOperator;

  /**
   * @type number
   */
  depth;

  /**
   * Construct a new LocalVariableOperatorWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} nameLoc
   * @param {Location} binaryOperatorLoc
   * @param {Node} value
   * @param {string} name
   * @param {string} binaryOperator
   * @param {number} depth
   */
  constructor(nodeID, location, flags, nameLoc, binaryOperatorLoc, value, name, binaryOperator, depth) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.nameLoc = nameLoc;
    this.binaryOperatorLoc = binaryOperatorLoc;
    this.value = value;
    this.name = name;
    this.binaryOperator = binaryOperator;
    this.depth = depth;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitLocalVariableOperatorWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "LocalVariableOperatorWriteNode",
      location: this.location,
      flags: this.#flags,
      nameLoc: this.nameLoc,
      binaryOperatorLoc: this.binaryOperatorLoc,
      value: this.value,
      name: this.name,
      binaryOperator: this.binaryOperator,
      depth: this.depth,
    };
  }
}

/**
 * Represents the use of the `||=` operator for assignment to a local variable.
 *
 *     target ||= value
 *     ^^^^^^^^^^^^^^^^
 */
class LocalVariableOrWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * @type string
   */
  name;

  /**
   * @type number
   */
  depth;

  /**
   * Construct a new LocalVariableOrWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} nameLoc
   * @param {Location} operatorLoc
   * @param {Node} value
   * @param {string} name
   * @param {number} depth
   */
  constructor(nodeID, location, flags, nameLoc, operatorLoc, value, name, depth) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.nameLoc = nameLoc;
    this.operatorLoc = operatorLoc;
    this.value = value;
    this.name = name;
    this.depth = depth;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitLocalVariableOrWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "LocalVariableOrWriteNode",
      location: this.location,
      flags: this.#flags,
      nameLoc: this.nameLoc,
      operatorLoc: this.operatorLoc,
      value: this.value,
      name: this.name,
      depth: this.depth,
    };
  }
}

/**
 * Represents reading a local variable. Note that this requires that a local variable of the same name has already been written to in the same scope, otherwise it is parsed as a method call.
 *
 *     foo
 *     ^^^
 */
class LocalVariableReadNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * @type number
   */
  depth;

  /**
   * Construct a new LocalVariableReadNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   * @param {number} depth
   */
  constructor(nodeID, location, flags, name, depth) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.depth = depth;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitLocalVariableReadNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "LocalVariableReadNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      depth: this.depth,
    };
  }
}

/**
 * Represents writing to a local variable in a context that doesn't have an explicit value.
 *
 *     foo, bar = baz
 *     ^^^  ^^^
 *
 *     foo => baz
 *            ^^^
 */
class LocalVariableTargetNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * @type number
   */
  depth;

  /**
   * Construct a new LocalVariableTargetNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   * @param {number} depth
   */
  constructor(nodeID, location, flags, name, depth) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.depth = depth;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitLocalVariableTargetNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "LocalVariableTargetNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      depth: this.depth,
    };
  }
}

/**
 * Represents writing to a local variable.
 *
 *     foo = 1
 *     ^^^^^^^
 */
class LocalVariableWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * @type number
   */
  depth;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * @type Node
   */
  value;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * Construct a new LocalVariableWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   * @param {number} depth
   * @param {Location} nameLoc
   * @param {Node} value
   * @param {Location} operatorLoc
   */
  constructor(nodeID, location, flags, name, depth, nameLoc, value, operatorLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.depth = depth;
    this.nameLoc = nameLoc;
    this.value = value;
    this.operatorLoc = operatorLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitLocalVariableWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "LocalVariableWriteNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      depth: this.depth,
      nameLoc: this.nameLoc,
      value: this.value,
      operatorLoc: this.operatorLoc,
    };
  }
}

/**
 * Represents a regular expression literal used in the predicate of a conditional to implicitly match against the last line read by an IO object.
 *
 *     if /foo/i then end
 *        ^^^^^^
 */
class MatchLastLineNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  openingLoc;

  /**
   * @type Location
   */
  contentLoc;

  /**
   * @type Location
   */
  closingLoc;

  /**
   * @type RubyString
   */
  unescaped;

  /**
   * Construct a new MatchLastLineNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} openingLoc
   * @param {Location} contentLoc
   * @param {Location} closingLoc
   * @param {RubyString} unescaped
   */
  constructor(nodeID, location, flags, openingLoc, contentLoc, closingLoc, unescaped) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.openingLoc = openingLoc;
    this.contentLoc = contentLoc;
    this.closingLoc = closingLoc;
    this.unescaped = unescaped;
  }

  /**
   * True if this node has the IGNORE_CASE flag.
   *
   * @returns {boolean}
   */
  isIgnoreCase() {
    return (this.#flags & RegularExpressionFlags.IGNORE_CASE) !== 0;
  }

  /**
   * True if this node has the EXTENDED flag.
   *
   * @returns {boolean}
   */
  isExtended() {
    return (this.#flags & RegularExpressionFlags.EXTENDED) !== 0;
  }

  /**
   * True if this node has the MULTI_LINE flag.
   *
   * @returns {boolean}
   */
  isMultiLine() {
    return (this.#flags & RegularExpressionFlags.MULTI_LINE) !== 0;
  }

  /**
   * True if this node has the ONCE flag.
   *
   * @returns {boolean}
   */
  isOnce() {
    return (this.#flags & RegularExpressionFlags.ONCE) !== 0;
  }

  /**
   * True if this node has the EUC_JP flag.
   *
   * @returns {boolean}
   */
  isEucJp() {
    return (this.#flags & RegularExpressionFlags.EUC_JP) !== 0;
  }

  /**
   * True if this node has the ASCII_8BIT flag.
   *
   * @returns {boolean}
   */
  isAscii8bit() {
    return (this.#flags & RegularExpressionFlags.ASCII_8BIT) !== 0;
  }

  /**
   * True if this node has the WINDOWS_31J flag.
   *
   * @returns {boolean}
   */
  isWindows31j() {
    return (this.#flags & RegularExpressionFlags.WINDOWS_31J) !== 0;
  }

  /**
   * True if this node has the UTF_8 flag.
   *
   * @returns {boolean}
   */
  isUtf8() {
    return (this.#flags & RegularExpressionFlags.UTF_8) !== 0;
  }

  /**
   * True if this node has the FORCED_UTF8_ENCODING flag.
   *
   * @returns {boolean}
   */
  isForcedUtf8Encoding() {
    return (this.#flags & RegularExpressionFlags.FORCED_UTF8_ENCODING) !== 0;
  }

  /**
   * True if this node has the FORCED_BINARY_ENCODING flag.
   *
   * @returns {boolean}
   */
  isForcedBinaryEncoding() {
    return (this.#flags & RegularExpressionFlags.FORCED_BINARY_ENCODING) !== 0;
  }

  /**
   * True if this node has the FORCED_US_ASCII_ENCODING flag.
   *
   * @returns {boolean}
   */
  isForcedUsAsciiEncoding() {
    return (this.#flags & RegularExpressionFlags.FORCED_US_ASCII_ENCODING) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitMatchLastLineNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "MatchLastLineNode",
      location: this.location,
      flags: this.#flags,
      openingLoc: this.openingLoc,
      contentLoc: this.contentLoc,
      closingLoc: this.closingLoc,
      unescaped: this.unescaped,
    };
  }
}

/**
 * Represents the use of the modifier `in` operator.
 *
 *     foo in bar
 *     ^^^^^^^^^^
 */
class MatchPredicateNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node
   */
  value;

  /**
   * @type Node
   */
  pattern;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * Construct a new MatchPredicateNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node} value
   * @param {Node} pattern
   * @param {Location} operatorLoc
   */
  constructor(nodeID, location, flags, value, pattern, operatorLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.value = value;
    this.pattern = pattern;
    this.operatorLoc = operatorLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitMatchPredicateNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value, this.pattern]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value, this.pattern];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "MatchPredicateNode",
      location: this.location,
      flags: this.#flags,
      value: this.value,
      pattern: this.pattern,
      operatorLoc: this.operatorLoc,
    };
  }
}

/**
 * Represents the use of the `=>` operator.
 *
 *     foo => bar
 *     ^^^^^^^^^^
 */
class MatchRequiredNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node
   */
  value;

  /**
   * @type Node
   */
  pattern;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * Construct a new MatchRequiredNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node} value
   * @param {Node} pattern
   * @param {Location} operatorLoc
   */
  constructor(nodeID, location, flags, value, pattern, operatorLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.value = value;
    this.pattern = pattern;
    this.operatorLoc = operatorLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitMatchRequiredNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value, this.pattern]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value, this.pattern];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "MatchRequiredNode",
      location: this.location,
      flags: this.#flags,
      value: this.value,
      pattern: this.pattern,
      operatorLoc: this.operatorLoc,
    };
  }
}

/**
 * Represents writing local variables using a regular expression match with named capture groups.
 *
 *     /(?<foo>bar)/ =~ baz
 *     ^^^^^^^^^^^^^^^^^^^^
 */
class MatchWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type CallNode
   */
  call;

  /**
   * @type Node[]
   */
  targets;

  /**
   * Construct a new MatchWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {CallNode} call
   * @param {Node[]} targets
   */
  constructor(nodeID, location, flags, call, targets) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.call = call;
    this.targets = targets;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitMatchWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.call, ...this.targets]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.call, ...this.targets];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "MatchWriteNode",
      location: this.location,
      flags: this.#flags,
      call: this.call,
      targets: this.targets,
    };
  }
}

/**
 * Represents a node that is missing from the source and results in a syntax error.
 */
class MissingNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * Construct a new MissingNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   */
  constructor(nodeID, location, flags) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitMissingNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "MissingNode",
      location: this.location,
      flags: this.#flags,
    };
  }
}

/**
 * Represents a module declaration involving the `module` keyword.
 *
 *     module Foo end
 *     ^^^^^^^^^^^^^^
 */
class ModuleNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string[]
   */
  locals;

  /**
   * @type Location
   */
  moduleKeywordLoc;

  /**
   * @type Node
   */
  constantPath;

  /**
   * @type Node | null
   */
  body;

  /**
   * @type Location
   */
  endKeywordLoc;

  /**
   * @type string
   */
  name;

  /**
   * Construct a new ModuleNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string[]} locals
   * @param {Location} moduleKeywordLoc
   * @param {Node} constantPath
   * @param {Node | null} body
   * @param {Location} endKeywordLoc
   * @param {string} name
   */
  constructor(nodeID, location, flags, locals, moduleKeywordLoc, constantPath, body, endKeywordLoc, name) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.locals = locals;
    this.moduleKeywordLoc = moduleKeywordLoc;
    this.constantPath = constantPath;
    this.body = body;
    this.endKeywordLoc = endKeywordLoc;
    this.name = name;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitModuleNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.constantPath, this.body]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    compact.push(this.constantPath);

    if (this.body) {
      compact.push(this.body);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ModuleNode",
      location: this.location,
      flags: this.#flags,
      locals: this.locals,
      moduleKeywordLoc: this.moduleKeywordLoc,
      constantPath: this.constantPath,
      body: this.body,
      endKeywordLoc: this.endKeywordLoc,
      name: this.name,
    };
  }
}

/**
 * Represents a multi-target expression.
 *
 *     a, (b, c) = 1, 2, 3
 *        ^^^^^^
 *
 * This can be a part of `MultiWriteNode` as above, or the target of a `for` loop
 *
 *     for a, b in [[1, 2], [3, 4]]
 *         ^^^^
 */
class MultiTargetNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node[]
   */
  lefts;

  /**
   * @type Node | null
   */
  rest;

  /**
   * @type Node[]
   */
  rights;

  /**
   * @type Location | null
   */
  lparenLoc;

  /**
   * @type Location | null
   */
  rparenLoc;

  /**
   * Construct a new MultiTargetNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node[]} lefts
   * @param {Node | null} rest
   * @param {Node[]} rights
   * @param {Location | null} lparenLoc
   * @param {Location | null} rparenLoc
   */
  constructor(nodeID, location, flags, lefts, rest, rights, lparenLoc, rparenLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.lefts = lefts;
    this.rest = rest;
    this.rights = rights;
    this.lparenLoc = lparenLoc;
    this.rparenLoc = rparenLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitMultiTargetNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [...this.lefts, this.rest, ...this.rights]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    compact.concat(this.lefts);
    if (this.rest) {
      compact.push(this.rest);
    }
    compact.concat(this.rights);

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "MultiTargetNode",
      location: this.location,
      flags: this.#flags,
      lefts: this.lefts,
      rest: this.rest,
      rights: this.rights,
      lparenLoc: this.lparenLoc,
      rparenLoc: this.rparenLoc,
    };
  }
}

/**
 * Represents a write to a multi-target expression.
 *
 *     a, b, c = 1, 2, 3
 *     ^^^^^^^^^^^^^^^^^
 */
class MultiWriteNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node[]
   */
  lefts;

  /**
   * @type Node | null
   */
  rest;

  /**
   * @type Node[]
   */
  rights;

  /**
   * @type Location | null
   */
  lparenLoc;

  /**
   * @type Location | null
   */
  rparenLoc;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * Construct a new MultiWriteNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node[]} lefts
   * @param {Node | null} rest
   * @param {Node[]} rights
   * @param {Location | null} lparenLoc
   * @param {Location | null} rparenLoc
   * @param {Location} operatorLoc
   * @param {Node} value
   */
  constructor(nodeID, location, flags, lefts, rest, rights, lparenLoc, rparenLoc, operatorLoc, value) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.lefts = lefts;
    this.rest = rest;
    this.rights = rights;
    this.lparenLoc = lparenLoc;
    this.rparenLoc = rparenLoc;
    this.operatorLoc = operatorLoc;
    this.value = value;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitMultiWriteNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [...this.lefts, this.rest, ...this.rights, this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    compact.concat(this.lefts);
    if (this.rest) {
      compact.push(this.rest);
    }
    compact.concat(this.rights);
    compact.push(this.value);


    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "MultiWriteNode",
      location: this.location,
      flags: this.#flags,
      lefts: this.lefts,
      rest: this.rest,
      rights: this.rights,
      lparenLoc: this.lparenLoc,
      rparenLoc: this.rparenLoc,
      operatorLoc: this.operatorLoc,
      value: this.value,
    };
  }
}

/**
 * Represents the use of the `next` keyword.
 *
 *     next 1
 *     ^^^^^^
 */
class NextNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type ArgumentsNode | null
   */
  arguments_;

  /**
   * @type Location
   */
  keywordLoc;

  /**
   * Construct a new NextNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {ArgumentsNode | null} arguments_
   * @param {Location} keywordLoc
   */
  constructor(nodeID, location, flags, arguments_, keywordLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.arguments_ = arguments_;
    this.keywordLoc = keywordLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitNextNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.arguments_]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.arguments_) {
      compact.push(this.arguments_);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "NextNode",
      location: this.location,
      flags: this.#flags,
      arguments: this.arguments_,
      keywordLoc: this.keywordLoc,
    };
  }
}

/**
 * Represents the use of the `nil` keyword.
 *
 *     nil
 *     ^^^
 */
class NilNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * Construct a new NilNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   */
  constructor(nodeID, location, flags) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitNilNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "NilNode",
      location: this.location,
      flags: this.#flags,
    };
  }
}

/**
 * Represents the use of `**nil` inside method arguments.
 *
 *     def a(**nil)
 *           ^^^^^
 *     end
 */
class NoKeywordsParameterNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Location
   */
  keywordLoc;

  /**
   * Construct a new NoKeywordsParameterNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} operatorLoc
   * @param {Location} keywordLoc
   */
  constructor(nodeID, location, flags, operatorLoc, keywordLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.operatorLoc = operatorLoc;
    this.keywordLoc = keywordLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitNoKeywordsParameterNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "NoKeywordsParameterNode",
      location: this.location,
      flags: this.#flags,
      operatorLoc: this.operatorLoc,
      keywordLoc: this.keywordLoc,
    };
  }
}

/**
 * Represents an implicit set of parameters through the use of numbered parameters within a block or lambda.
 *
 *     -> { _1 + _2 }
 *     ^^^^^^^^^^^^^^
 */
class NumberedParametersNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type number
   */
  maximum;

  /**
   * Construct a new NumberedParametersNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {number} maximum
   */
  constructor(nodeID, location, flags, maximum) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.maximum = maximum;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitNumberedParametersNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "NumberedParametersNode",
      location: this.location,
      flags: this.#flags,
      maximum: this.maximum,
    };
  }
}

/**
 * Represents reading a numbered reference to a capture in the previous match.
 *
 *     $1
 *     ^^
 */
class NumberedReferenceReadNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type number
   */
  number;

  /**
   * Construct a new NumberedReferenceReadNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {number} number
   */
  constructor(nodeID, location, flags, number) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.number = number;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitNumberedReferenceReadNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "NumberedReferenceReadNode",
      location: this.location,
      flags: this.#flags,
      number: this.number,
    };
  }
}

/**
 * Represents an optional keyword parameter to a method, block, or lambda definition.
 *
 *     def a(b: 1)
 *           ^^^^
 *     end
 */
class OptionalKeywordParameterNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * @type Node
   */
  value;

  /**
   * Construct a new OptionalKeywordParameterNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   * @param {Location} nameLoc
   * @param {Node} value
   */
  constructor(nodeID, location, flags, name, nameLoc, value) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.nameLoc = nameLoc;
    this.value = value;
  }

  /**
   * True if this node has the REPEATED_PARAMETER flag.
   *
   * @returns {boolean}
   */
  isRepeatedParameter() {
    return (this.#flags & ParameterFlags.REPEATED_PARAMETER) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitOptionalKeywordParameterNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "OptionalKeywordParameterNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      nameLoc: this.nameLoc,
      value: this.value,
    };
  }
}

/**
 * Represents an optional parameter to a method, block, or lambda definition.
 *
 *     def a(b = 1)
 *           ^^^^^
 *     end
 */
class OptionalParameterNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Node
   */
  value;

  /**
   * Construct a new OptionalParameterNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   * @param {Location} nameLoc
   * @param {Location} operatorLoc
   * @param {Node} value
   */
  constructor(nodeID, location, flags, name, nameLoc, operatorLoc, value) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.nameLoc = nameLoc;
    this.operatorLoc = operatorLoc;
    this.value = value;
  }

  /**
   * True if this node has the REPEATED_PARAMETER flag.
   *
   * @returns {boolean}
   */
  isRepeatedParameter() {
    return (this.#flags & ParameterFlags.REPEATED_PARAMETER) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitOptionalParameterNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.value]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.value];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "OptionalParameterNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      nameLoc: this.nameLoc,
      operatorLoc: this.operatorLoc,
      value: this.value,
    };
  }
}

/**
 * Represents the use of the `||` operator or the `or` keyword.
 *
 *     left or right
 *     ^^^^^^^^^^^^^
 */
class OrNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node
   */
  left;

  /**
   * @type Node
   */
  right;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * Construct a new OrNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node} left
   * @param {Node} right
   * @param {Location} operatorLoc
   */
  constructor(nodeID, location, flags, left, right, operatorLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.left = left;
    this.right = right;
    this.operatorLoc = operatorLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitOrNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.left, this.right]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.left, this.right];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "OrNode",
      location: this.location,
      flags: this.#flags,
      left: this.left,
      right: this.right,
      operatorLoc: this.operatorLoc,
    };
  }
}

/**
 * Represents the list of parameters on a method, block, or lambda definition.
 *
 *     def a(b, c, d)
 *           ^^^^^^^
 *     end
 */
class ParametersNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node[]
   */
  requireds;

  /**
   * @type Node[]
   */
  optionals;

  /**
   * @type Node | null
   */
  rest;

  /**
   * @type Node[]
   */
  posts;

  /**
   * @type Node[]
   */
  keywords;

  /**
   * @type Node | null
   */
  keywordRest;

  /**
   * @type BlockParameterNode | null
   */
  block;

  /**
   * Construct a new ParametersNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node[]} requireds
   * @param {Node[]} optionals
   * @param {Node | null} rest
   * @param {Node[]} posts
   * @param {Node[]} keywords
   * @param {Node | null} keywordRest
   * @param {BlockParameterNode | null} block
   */
  constructor(nodeID, location, flags, requireds, optionals, rest, posts, keywords, keywordRest, block) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.requireds = requireds;
    this.optionals = optionals;
    this.rest = rest;
    this.posts = posts;
    this.keywords = keywords;
    this.keywordRest = keywordRest;
    this.block = block;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitParametersNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [...this.requireds, ...this.optionals, this.rest, ...this.posts, ...this.keywords, this.keywordRest, this.block]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    compact.concat(this.requireds);
    compact.concat(this.optionals);
    if (this.rest) {
      compact.push(this.rest);
    }
    compact.concat(this.posts);
    compact.concat(this.keywords);
    if (this.keywordRest) {
      compact.push(this.keywordRest);
    }
    if (this.block) {
      compact.push(this.block);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ParametersNode",
      location: this.location,
      flags: this.#flags,
      requireds: this.requireds,
      optionals: this.optionals,
      rest: this.rest,
      posts: this.posts,
      keywords: this.keywords,
      keywordRest: this.keywordRest,
      block: this.block,
    };
  }
}

/**
 * Represents a parenthesized expression
 *
 *     (10 + 34)
 *     ^^^^^^^^^
 */
class ParenthesesNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node | null
   */
  body;

  /**
   * @type Location
   */
  openingLoc;

  /**
   * @type Location
   */
  closingLoc;

  /**
   * Construct a new ParenthesesNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node | null} body
   * @param {Location} openingLoc
   * @param {Location} closingLoc
   */
  constructor(nodeID, location, flags, body, openingLoc, closingLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.body = body;
    this.openingLoc = openingLoc;
    this.closingLoc = closingLoc;
  }

  /**
   * True if this node has the MULTIPLE_STATEMENTS flag.
   *
   * @returns {boolean}
   */
  isMultipleStatements() {
    return (this.#flags & ParenthesesNodeFlags.MULTIPLE_STATEMENTS) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitParenthesesNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.body]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.body) {
      compact.push(this.body);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ParenthesesNode",
      location: this.location,
      flags: this.#flags,
      body: this.body,
      openingLoc: this.openingLoc,
      closingLoc: this.closingLoc,
    };
  }
}

/**
 * Represents the use of the `^` operator for pinning an expression in a pattern matching expression.
 *
 *     foo in ^(bar)
 *            ^^^^^^
 */
class PinnedExpressionNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node
   */
  expression;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Location
   */
  lparenLoc;

  /**
   * @type Location
   */
  rparenLoc;

  /**
   * Construct a new PinnedExpressionNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node} expression
   * @param {Location} operatorLoc
   * @param {Location} lparenLoc
   * @param {Location} rparenLoc
   */
  constructor(nodeID, location, flags, expression, operatorLoc, lparenLoc, rparenLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.expression = expression;
    this.operatorLoc = operatorLoc;
    this.lparenLoc = lparenLoc;
    this.rparenLoc = rparenLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitPinnedExpressionNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.expression]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.expression];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "PinnedExpressionNode",
      location: this.location,
      flags: this.#flags,
      expression: this.expression,
      operatorLoc: this.operatorLoc,
      lparenLoc: this.lparenLoc,
      rparenLoc: this.rparenLoc,
    };
  }
}

/**
 * Represents the use of the `^` operator for pinning a variable in a pattern matching expression.
 *
 *     foo in ^bar
 *            ^^^^
 */
class PinnedVariableNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node
   */
  variable;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * Construct a new PinnedVariableNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node} variable
   * @param {Location} operatorLoc
   */
  constructor(nodeID, location, flags, variable, operatorLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.variable = variable;
    this.operatorLoc = operatorLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitPinnedVariableNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.variable]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.variable];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "PinnedVariableNode",
      location: this.location,
      flags: this.#flags,
      variable: this.variable,
      operatorLoc: this.operatorLoc,
    };
  }
}

/**
 * Represents the use of the `END` keyword.
 *
 *     END { foo }
 *     ^^^^^^^^^^^
 */
class PostExecutionNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type StatementsNode | null
   */
  statements;

  /**
   * @type Location
   */
  keywordLoc;

  /**
   * @type Location
   */
  openingLoc;

  /**
   * @type Location
   */
  closingLoc;

  /**
   * Construct a new PostExecutionNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {StatementsNode | null} statements
   * @param {Location} keywordLoc
   * @param {Location} openingLoc
   * @param {Location} closingLoc
   */
  constructor(nodeID, location, flags, statements, keywordLoc, openingLoc, closingLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.statements = statements;
    this.keywordLoc = keywordLoc;
    this.openingLoc = openingLoc;
    this.closingLoc = closingLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitPostExecutionNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.statements]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.statements) {
      compact.push(this.statements);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "PostExecutionNode",
      location: this.location,
      flags: this.#flags,
      statements: this.statements,
      keywordLoc: this.keywordLoc,
      openingLoc: this.openingLoc,
      closingLoc: this.closingLoc,
    };
  }
}

/**
 * Represents the use of the `BEGIN` keyword.
 *
 *     BEGIN { foo }
 *     ^^^^^^^^^^^^^
 */
class PreExecutionNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type StatementsNode | null
   */
  statements;

  /**
   * @type Location
   */
  keywordLoc;

  /**
   * @type Location
   */
  openingLoc;

  /**
   * @type Location
   */
  closingLoc;

  /**
   * Construct a new PreExecutionNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {StatementsNode | null} statements
   * @param {Location} keywordLoc
   * @param {Location} openingLoc
   * @param {Location} closingLoc
   */
  constructor(nodeID, location, flags, statements, keywordLoc, openingLoc, closingLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.statements = statements;
    this.keywordLoc = keywordLoc;
    this.openingLoc = openingLoc;
    this.closingLoc = closingLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitPreExecutionNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.statements]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.statements) {
      compact.push(this.statements);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "PreExecutionNode",
      location: this.location,
      flags: this.#flags,
      statements: this.statements,
      keywordLoc: this.keywordLoc,
      openingLoc: this.openingLoc,
      closingLoc: this.closingLoc,
    };
  }
}

/**
 * The top level node of any parse tree.
 */
class ProgramNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string[]
   */
  locals;

  /**
   * @type StatementsNode
   */
  statements;

  /**
   * Construct a new ProgramNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string[]} locals
   * @param {StatementsNode} statements
   */
  constructor(nodeID, location, flags, locals, statements) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.locals = locals;
    this.statements = statements;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitProgramNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.statements]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.statements];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ProgramNode",
      location: this.location,
      flags: this.#flags,
      locals: this.locals,
      statements: this.statements,
    };
  }
}

/**
 * Represents the use of the `..` or `...` operators.
 *
 *     1..2
 *     ^^^^
 *
 *     c if a =~ /left/ ... b =~ /right/
 *          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^
 */
class RangeNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node | null
   */
  left;

  /**
   * @type Node | null
   */
  right;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * Construct a new RangeNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node | null} left
   * @param {Node | null} right
   * @param {Location} operatorLoc
   */
  constructor(nodeID, location, flags, left, right, operatorLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.left = left;
    this.right = right;
    this.operatorLoc = operatorLoc;
  }

  /**
   * True if this node has the EXCLUDE_END flag.
   *
   * @returns {boolean}
   */
  isExcludeEnd() {
    return (this.#flags & RangeFlags.EXCLUDE_END) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitRangeNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.left, this.right]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.left) {
      compact.push(this.left);
    }
    if (this.right) {
      compact.push(this.right);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "RangeNode",
      location: this.location,
      flags: this.#flags,
      left: this.left,
      right: this.right,
      operatorLoc: this.operatorLoc,
    };
  }
}

/**
 * Represents a rational number literal.
 *
 *     1.0r
 *     ^^^^
 */
class RationalNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type number
   */
  numerator;

  /**
   * @type number
   */
  denominator;

  /**
   * Construct a new RationalNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {number} numerator
   * @param {number} denominator
   */
  constructor(nodeID, location, flags, numerator, denominator) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * True if this node has the BINARY flag.
   *
   * @returns {boolean}
   */
  isBinary() {
    return (this.#flags & IntegerBaseFlags.BINARY) !== 0;
  }

  /**
   * True if this node has the DECIMAL flag.
   *
   * @returns {boolean}
   */
  isDecimal() {
    return (this.#flags & IntegerBaseFlags.DECIMAL) !== 0;
  }

  /**
   * True if this node has the OCTAL flag.
   *
   * @returns {boolean}
   */
  isOctal() {
    return (this.#flags & IntegerBaseFlags.OCTAL) !== 0;
  }

  /**
   * True if this node has the HEXADECIMAL flag.
   *
   * @returns {boolean}
   */
  isHexadecimal() {
    return (this.#flags & IntegerBaseFlags.HEXADECIMAL) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitRationalNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "RationalNode",
      location: this.location,
      flags: this.#flags,
      numerator: this.numerator,
      denominator: this.denominator,
    };
  }
}

/**
 * Represents the use of the `redo` keyword.
 *
 *     redo
 *     ^^^^
 */
class RedoNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * Construct a new RedoNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   */
  constructor(nodeID, location, flags) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitRedoNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "RedoNode",
      location: this.location,
      flags: this.#flags,
    };
  }
}

/**
 * Represents a regular expression literal with no interpolation.
 *
 *     /foo/i
 *     ^^^^^^
 */
class RegularExpressionNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  openingLoc;

  /**
   * @type Location
   */
  contentLoc;

  /**
   * @type Location
   */
  closingLoc;

  /**
   * @type RubyString
   */
  unescaped;

  /**
   * Construct a new RegularExpressionNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} openingLoc
   * @param {Location} contentLoc
   * @param {Location} closingLoc
   * @param {RubyString} unescaped
   */
  constructor(nodeID, location, flags, openingLoc, contentLoc, closingLoc, unescaped) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.openingLoc = openingLoc;
    this.contentLoc = contentLoc;
    this.closingLoc = closingLoc;
    this.unescaped = unescaped;
  }

  /**
   * True if this node has the IGNORE_CASE flag.
   *
   * @returns {boolean}
   */
  isIgnoreCase() {
    return (this.#flags & RegularExpressionFlags.IGNORE_CASE) !== 0;
  }

  /**
   * True if this node has the EXTENDED flag.
   *
   * @returns {boolean}
   */
  isExtended() {
    return (this.#flags & RegularExpressionFlags.EXTENDED) !== 0;
  }

  /**
   * True if this node has the MULTI_LINE flag.
   *
   * @returns {boolean}
   */
  isMultiLine() {
    return (this.#flags & RegularExpressionFlags.MULTI_LINE) !== 0;
  }

  /**
   * True if this node has the ONCE flag.
   *
   * @returns {boolean}
   */
  isOnce() {
    return (this.#flags & RegularExpressionFlags.ONCE) !== 0;
  }

  /**
   * True if this node has the EUC_JP flag.
   *
   * @returns {boolean}
   */
  isEucJp() {
    return (this.#flags & RegularExpressionFlags.EUC_JP) !== 0;
  }

  /**
   * True if this node has the ASCII_8BIT flag.
   *
   * @returns {boolean}
   */
  isAscii8bit() {
    return (this.#flags & RegularExpressionFlags.ASCII_8BIT) !== 0;
  }

  /**
   * True if this node has the WINDOWS_31J flag.
   *
   * @returns {boolean}
   */
  isWindows31j() {
    return (this.#flags & RegularExpressionFlags.WINDOWS_31J) !== 0;
  }

  /**
   * True if this node has the UTF_8 flag.
   *
   * @returns {boolean}
   */
  isUtf8() {
    return (this.#flags & RegularExpressionFlags.UTF_8) !== 0;
  }

  /**
   * True if this node has the FORCED_UTF8_ENCODING flag.
   *
   * @returns {boolean}
   */
  isForcedUtf8Encoding() {
    return (this.#flags & RegularExpressionFlags.FORCED_UTF8_ENCODING) !== 0;
  }

  /**
   * True if this node has the FORCED_BINARY_ENCODING flag.
   *
   * @returns {boolean}
   */
  isForcedBinaryEncoding() {
    return (this.#flags & RegularExpressionFlags.FORCED_BINARY_ENCODING) !== 0;
  }

  /**
   * True if this node has the FORCED_US_ASCII_ENCODING flag.
   *
   * @returns {boolean}
   */
  isForcedUsAsciiEncoding() {
    return (this.#flags & RegularExpressionFlags.FORCED_US_ASCII_ENCODING) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitRegularExpressionNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "RegularExpressionNode",
      location: this.location,
      flags: this.#flags,
      openingLoc: this.openingLoc,
      contentLoc: this.contentLoc,
      closingLoc: this.closingLoc,
      unescaped: this.unescaped,
    };
  }
}

/**
 * Represents a required keyword parameter to a method, block, or lambda definition.
 *
 *     def a(b: )
 *           ^^
 *     end
 */
class RequiredKeywordParameterNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * @type Location
   */
  nameLoc;

  /**
   * Construct a new RequiredKeywordParameterNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   * @param {Location} nameLoc
   */
  constructor(nodeID, location, flags, name, nameLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.nameLoc = nameLoc;
  }

  /**
   * True if this node has the REPEATED_PARAMETER flag.
   *
   * @returns {boolean}
   */
  isRepeatedParameter() {
    return (this.#flags & ParameterFlags.REPEATED_PARAMETER) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitRequiredKeywordParameterNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "RequiredKeywordParameterNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      nameLoc: this.nameLoc,
    };
  }
}

/**
 * Represents a required parameter to a method, block, or lambda definition.
 *
 *     def a(b)
 *           ^
 *     end
 */
class RequiredParameterNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string
   */
  name;

  /**
   * Construct a new RequiredParameterNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string} name
   */
  constructor(nodeID, location, flags, name) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
  }

  /**
   * True if this node has the REPEATED_PARAMETER flag.
   *
   * @returns {boolean}
   */
  isRepeatedParameter() {
    return (this.#flags & ParameterFlags.REPEATED_PARAMETER) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitRequiredParameterNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "RequiredParameterNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
    };
  }
}

/**
 * Represents an expression modified with a rescue.
 *
 *     foo rescue nil
 *     ^^^^^^^^^^^^^^
 */
class RescueModifierNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node
   */
  expression;

  /**
   * @type Location
   */
  keywordLoc;

  /**
   * @type Node
   */
  rescueExpression;

  /**
   * Construct a new RescueModifierNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node} expression
   * @param {Location} keywordLoc
   * @param {Node} rescueExpression
   */
  constructor(nodeID, location, flags, expression, keywordLoc, rescueExpression) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.expression = expression;
    this.keywordLoc = keywordLoc;
    this.rescueExpression = rescueExpression;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitRescueModifierNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.expression, this.rescueExpression]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.expression, this.rescueExpression];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "RescueModifierNode",
      location: this.location,
      flags: this.#flags,
      expression: this.expression,
      keywordLoc: this.keywordLoc,
      rescueExpression: this.rescueExpression,
    };
  }
}

/**
 * Represents a rescue statement.
 *
 *     begin
 *     rescue Foo, *splat, Bar => ex
 *       foo
 *     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
 *     end
 *
 * `Foo, *splat, Bar` are in the `exceptions` field. `ex` is in the `reference` field.
 */
class RescueNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  keywordLoc;

  /**
   * @type Node[]
   */
  exceptions;

  /**
   * @type Location | null
   */
  operatorLoc;

  /**
   * @type Node | null
   */
  reference;

  /**
   * @type Location | null
   */
  thenKeywordLoc;

  /**
   * @type StatementsNode | null
   */
  statements;

  /**
   * @type RescueNode | null
   */
  subsequent;

  /**
   * Construct a new RescueNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} keywordLoc
   * @param {Node[]} exceptions
   * @param {Location | null} operatorLoc
   * @param {Node | null} reference
   * @param {Location | null} thenKeywordLoc
   * @param {StatementsNode | null} statements
   * @param {RescueNode | null} subsequent
   */
  constructor(nodeID, location, flags, keywordLoc, exceptions, operatorLoc, reference, thenKeywordLoc, statements, subsequent) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.keywordLoc = keywordLoc;
    this.exceptions = exceptions;
    this.operatorLoc = operatorLoc;
    this.reference = reference;
    this.thenKeywordLoc = thenKeywordLoc;
    this.statements = statements;
    this.subsequent = subsequent;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitRescueNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [...this.exceptions, this.reference, this.statements, this.subsequent]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    compact.concat(this.exceptions);
    if (this.reference) {
      compact.push(this.reference);
    }
    if (this.statements) {
      compact.push(this.statements);
    }
    if (this.subsequent) {
      compact.push(this.subsequent);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "RescueNode",
      location: this.location,
      flags: this.#flags,
      keywordLoc: this.keywordLoc,
      exceptions: this.exceptions,
      operatorLoc: this.operatorLoc,
      reference: this.reference,
      thenKeywordLoc: this.thenKeywordLoc,
      statements: this.statements,
      subsequent: this.subsequent,
    };
  }
}

/**
 * Represents a rest parameter to a method, block, or lambda definition.
 *
 *     def a(*b)
 *           ^^
 *     end
 */
class RestParameterNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string | null
   */
  name;

  /**
   * @type Location | null
   */
  nameLoc;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * Construct a new RestParameterNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string | null} name
   * @param {Location | null} nameLoc
   * @param {Location} operatorLoc
   */
  constructor(nodeID, location, flags, name, nameLoc, operatorLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.name = name;
    this.nameLoc = nameLoc;
    this.operatorLoc = operatorLoc;
  }

  /**
   * True if this node has the REPEATED_PARAMETER flag.
   *
   * @returns {boolean}
   */
  isRepeatedParameter() {
    return (this.#flags & ParameterFlags.REPEATED_PARAMETER) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitRestParameterNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "RestParameterNode",
      location: this.location,
      flags: this.#flags,
      name: this.name,
      nameLoc: this.nameLoc,
      operatorLoc: this.operatorLoc,
    };
  }
}

/**
 * Represents the use of the `retry` keyword.
 *
 *     retry
 *     ^^^^^
 */
class RetryNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * Construct a new RetryNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   */
  constructor(nodeID, location, flags) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitRetryNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "RetryNode",
      location: this.location,
      flags: this.#flags,
    };
  }
}

/**
 * Represents the use of the `return` keyword.
 *
 *     return 1
 *     ^^^^^^^^
 */
class ReturnNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  keywordLoc;

  /**
   * @type ArgumentsNode | null
   */
  arguments_;

  /**
   * Construct a new ReturnNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} keywordLoc
   * @param {ArgumentsNode | null} arguments_
   */
  constructor(nodeID, location, flags, keywordLoc, arguments_) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.keywordLoc = keywordLoc;
    this.arguments_ = arguments_;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitReturnNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.arguments_]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.arguments_) {
      compact.push(this.arguments_);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ReturnNode",
      location: this.location,
      flags: this.#flags,
      keywordLoc: this.keywordLoc,
      arguments: this.arguments_,
    };
  }
}

/**
 * Represents the `self` keyword.
 *
 *     self
 *     ^^^^
 */
class SelfNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * Construct a new SelfNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   */
  constructor(nodeID, location, flags) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitSelfNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "SelfNode",
      location: this.location,
      flags: this.#flags,
    };
  }
}

/**
 * This node wraps a constant write to indicate that when the value is written, it should have its shareability state modified.
 *
 *     # shareable_constant_value: literal
 *     C = { a: 1 }
 *     ^^^^^^^^^^^^
 */
class ShareableConstantNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node
   */
  write;

  /**
   * Construct a new ShareableConstantNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node} write
   */
  constructor(nodeID, location, flags, write) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.write = write;
  }

  /**
   * True if this node has the LITERAL flag.
   *
   * @returns {boolean}
   */
  isLiteral() {
    return (this.#flags & ShareableConstantNodeFlags.LITERAL) !== 0;
  }

  /**
   * True if this node has the EXPERIMENTAL_EVERYTHING flag.
   *
   * @returns {boolean}
   */
  isExperimentalEverything() {
    return (this.#flags & ShareableConstantNodeFlags.EXPERIMENTAL_EVERYTHING) !== 0;
  }

  /**
   * True if this node has the EXPERIMENTAL_COPY flag.
   *
   * @returns {boolean}
   */
  isExperimentalCopy() {
    return (this.#flags & ShareableConstantNodeFlags.EXPERIMENTAL_COPY) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitShareableConstantNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.write]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [this.write];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "ShareableConstantNode",
      location: this.location,
      flags: this.#flags,
      write: this.write,
    };
  }
}

/**
 * Represents a singleton class declaration involving the `class` keyword.
 *
 *     class << self end
 *     ^^^^^^^^^^^^^^^^^
 */
class SingletonClassNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type string[]
   */
  locals;

  /**
   * @type Location
   */
  classKeywordLoc;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Node
   */
  expression;

  /**
   * @type Node | null
   */
  body;

  /**
   * @type Location
   */
  endKeywordLoc;

  /**
   * Construct a new SingletonClassNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {string[]} locals
   * @param {Location} classKeywordLoc
   * @param {Location} operatorLoc
   * @param {Node} expression
   * @param {Node | null} body
   * @param {Location} endKeywordLoc
   */
  constructor(nodeID, location, flags, locals, classKeywordLoc, operatorLoc, expression, body, endKeywordLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.locals = locals;
    this.classKeywordLoc = classKeywordLoc;
    this.operatorLoc = operatorLoc;
    this.expression = expression;
    this.body = body;
    this.endKeywordLoc = endKeywordLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitSingletonClassNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.expression, this.body]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    compact.push(this.expression);

    if (this.body) {
      compact.push(this.body);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "SingletonClassNode",
      location: this.location,
      flags: this.#flags,
      locals: this.locals,
      classKeywordLoc: this.classKeywordLoc,
      operatorLoc: this.operatorLoc,
      expression: this.expression,
      body: this.body,
      endKeywordLoc: this.endKeywordLoc,
    };
  }
}

/**
 * Represents the use of the `__ENCODING__` keyword.
 *
 *     __ENCODING__
 *     ^^^^^^^^^^^^
 */
class SourceEncodingNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * Construct a new SourceEncodingNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   */
  constructor(nodeID, location, flags) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitSourceEncodingNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "SourceEncodingNode",
      location: this.location,
      flags: this.#flags,
    };
  }
}

/**
 * Represents the use of the `__FILE__` keyword.
 *
 *     __FILE__
 *     ^^^^^^^^
 */
class SourceFileNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type RubyString
   */
  filepath;

  /**
   * Construct a new SourceFileNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {RubyString} filepath
   */
  constructor(nodeID, location, flags, filepath) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.filepath = filepath;
  }

  /**
   * True if this node has the FORCED_UTF8_ENCODING flag.
   *
   * @returns {boolean}
   */
  isForcedUtf8Encoding() {
    return (this.#flags & StringFlags.FORCED_UTF8_ENCODING) !== 0;
  }

  /**
   * True if this node has the FORCED_BINARY_ENCODING flag.
   *
   * @returns {boolean}
   */
  isForcedBinaryEncoding() {
    return (this.#flags & StringFlags.FORCED_BINARY_ENCODING) !== 0;
  }

  /**
   * True if this node has the FROZEN flag.
   *
   * @returns {boolean}
   */
  isFrozen() {
    return (this.#flags & StringFlags.FROZEN) !== 0;
  }

  /**
   * True if this node has the MUTABLE flag.
   *
   * @returns {boolean}
   */
  isMutable() {
    return (this.#flags & StringFlags.MUTABLE) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitSourceFileNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "SourceFileNode",
      location: this.location,
      flags: this.#flags,
      filepath: this.filepath,
    };
  }
}

/**
 * Represents the use of the `__LINE__` keyword.
 *
 *     __LINE__
 *     ^^^^^^^^
 */
class SourceLineNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * Construct a new SourceLineNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   */
  constructor(nodeID, location, flags) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitSourceLineNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "SourceLineNode",
      location: this.location,
      flags: this.#flags,
    };
  }
}

/**
 * Represents the use of the splat operator.
 *
 *     [*a]
 *      ^^
 */
class SplatNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  operatorLoc;

  /**
   * @type Node | null
   */
  expression;

  /**
   * Construct a new SplatNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} operatorLoc
   * @param {Node | null} expression
   */
  constructor(nodeID, location, flags, operatorLoc, expression) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.operatorLoc = operatorLoc;
    this.expression = expression;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitSplatNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.expression]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.expression) {
      compact.push(this.expression);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "SplatNode",
      location: this.location,
      flags: this.#flags,
      operatorLoc: this.operatorLoc,
      expression: this.expression,
    };
  }
}

/**
 * Represents a set of statements contained within some scope.
 *
 *     foo; bar; baz
 *     ^^^^^^^^^^^^^
 */
class StatementsNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node[]
   */
  body;

  /**
   * Construct a new StatementsNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node[]} body
   */
  constructor(nodeID, location, flags, body) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.body = body;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitStatementsNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [...this.body]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [...this.body];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "StatementsNode",
      location: this.location,
      flags: this.#flags,
      body: this.body,
    };
  }
}

/**
 * Represents a string literal, a string contained within a `%w` list, or plain string content within an interpolated string.
 *
 *     "foo"
 *     ^^^^^
 *
 *     %w[foo]
 *        ^^^
 *
 *     "foo #{bar} baz"
 *      ^^^^      ^^^^
 */
class StringNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location | null
   */
  openingLoc;

  /**
   * @type Location
   */
  contentLoc;

  /**
   * @type Location | null
   */
  closingLoc;

  /**
   * @type RubyString
   */
  unescaped;

  /**
   * Construct a new StringNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location | null} openingLoc
   * @param {Location} contentLoc
   * @param {Location | null} closingLoc
   * @param {RubyString} unescaped
   */
  constructor(nodeID, location, flags, openingLoc, contentLoc, closingLoc, unescaped) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.openingLoc = openingLoc;
    this.contentLoc = contentLoc;
    this.closingLoc = closingLoc;
    this.unescaped = unescaped;
  }

  /**
   * True if this node has the FORCED_UTF8_ENCODING flag.
   *
   * @returns {boolean}
   */
  isForcedUtf8Encoding() {
    return (this.#flags & StringFlags.FORCED_UTF8_ENCODING) !== 0;
  }

  /**
   * True if this node has the FORCED_BINARY_ENCODING flag.
   *
   * @returns {boolean}
   */
  isForcedBinaryEncoding() {
    return (this.#flags & StringFlags.FORCED_BINARY_ENCODING) !== 0;
  }

  /**
   * True if this node has the FROZEN flag.
   *
   * @returns {boolean}
   */
  isFrozen() {
    return (this.#flags & StringFlags.FROZEN) !== 0;
  }

  /**
   * True if this node has the MUTABLE flag.
   *
   * @returns {boolean}
   */
  isMutable() {
    return (this.#flags & StringFlags.MUTABLE) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitStringNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "StringNode",
      location: this.location,
      flags: this.#flags,
      openingLoc: this.openingLoc,
      contentLoc: this.contentLoc,
      closingLoc: this.closingLoc,
      unescaped: this.unescaped,
    };
  }
}

/**
 * Represents the use of the `super` keyword with parentheses or arguments.
 *
 *     super()
 *     ^^^^^^^
 *
 *     super foo, bar
 *     ^^^^^^^^^^^^^^
 *
 * If no arguments are provided (except for a block), it would be a `ForwardingSuperNode` instead.
 */
class SuperNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  keywordLoc;

  /**
   * @type Location | null
   */
  lparenLoc;

  /**
   * @type ArgumentsNode | null
   */
  arguments_;

  /**
   * @type Location | null
   */
  rparenLoc;

  /**
   * @type Node | null
   */
  block;

  /**
   * Construct a new SuperNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} keywordLoc
   * @param {Location | null} lparenLoc
   * @param {ArgumentsNode | null} arguments_
   * @param {Location | null} rparenLoc
   * @param {Node | null} block
   */
  constructor(nodeID, location, flags, keywordLoc, lparenLoc, arguments_, rparenLoc, block) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.keywordLoc = keywordLoc;
    this.lparenLoc = lparenLoc;
    this.arguments_ = arguments_;
    this.rparenLoc = rparenLoc;
    this.block = block;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitSuperNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.arguments_, this.block]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.arguments_) {
      compact.push(this.arguments_);
    }
    if (this.block) {
      compact.push(this.block);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "SuperNode",
      location: this.location,
      flags: this.#flags,
      keywordLoc: this.keywordLoc,
      lparenLoc: this.lparenLoc,
      arguments: this.arguments_,
      rparenLoc: this.rparenLoc,
      block: this.block,
    };
  }
}

/**
 * Represents a symbol literal or a symbol contained within a `%i` list.
 *
 *     :foo
 *     ^^^^
 *
 *     %i[foo]
 *        ^^^
 */
class SymbolNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location | null
   */
  openingLoc;

  /**
   * @type Location | null
   */
  valueLoc;

  /**
   * @type Location | null
   */
  closingLoc;

  /**
   * @type RubyString
   */
  unescaped;

  /**
   * Construct a new SymbolNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location | null} openingLoc
   * @param {Location | null} valueLoc
   * @param {Location | null} closingLoc
   * @param {RubyString} unescaped
   */
  constructor(nodeID, location, flags, openingLoc, valueLoc, closingLoc, unescaped) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.openingLoc = openingLoc;
    this.valueLoc = valueLoc;
    this.closingLoc = closingLoc;
    this.unescaped = unescaped;
  }

  /**
   * True if this node has the FORCED_UTF8_ENCODING flag.
   *
   * @returns {boolean}
   */
  isForcedUtf8Encoding() {
    return (this.#flags & SymbolFlags.FORCED_UTF8_ENCODING) !== 0;
  }

  /**
   * True if this node has the FORCED_BINARY_ENCODING flag.
   *
   * @returns {boolean}
   */
  isForcedBinaryEncoding() {
    return (this.#flags & SymbolFlags.FORCED_BINARY_ENCODING) !== 0;
  }

  /**
   * True if this node has the FORCED_US_ASCII_ENCODING flag.
   *
   * @returns {boolean}
   */
  isForcedUsAsciiEncoding() {
    return (this.#flags & SymbolFlags.FORCED_US_ASCII_ENCODING) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitSymbolNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "SymbolNode",
      location: this.location,
      flags: this.#flags,
      openingLoc: this.openingLoc,
      valueLoc: this.valueLoc,
      closingLoc: this.closingLoc,
      unescaped: this.unescaped,
    };
  }
}

/**
 * Represents the use of the literal `true` keyword.
 *
 *     true
 *     ^^^^
 */
class TrueNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * Construct a new TrueNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   */
  constructor(nodeID, location, flags) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitTrueNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "TrueNode",
      location: this.location,
      flags: this.#flags,
    };
  }
}

/**
 * Represents the use of the `undef` keyword.
 *
 *     undef :foo, :bar, :baz
 *     ^^^^^^^^^^^^^^^^^^^^^^
 */
class UndefNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Node[]
   */
  names;

  /**
   * @type Location
   */
  keywordLoc;

  /**
   * Construct a new UndefNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Node[]} names
   * @param {Location} keywordLoc
   */
  constructor(nodeID, location, flags, names, keywordLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.names = names;
    this.keywordLoc = keywordLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitUndefNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [...this.names]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [...this.names];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "UndefNode",
      location: this.location,
      flags: this.#flags,
      names: this.names,
      keywordLoc: this.keywordLoc,
    };
  }
}

/**
 * Represents the use of the `unless` keyword, either in the block form or the modifier form.
 *
 *     bar unless foo
 *     ^^^^^^^^^^^^^^
 *
 *     unless foo then bar end
 *     ^^^^^^^^^^^^^^^^^^^^^^^
 */
class UnlessNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  keywordLoc;

  /**
   * @type Node
   */
  predicate;

  /**
   * @type Location | null
   */
  thenKeywordLoc;

  /**
   * @type StatementsNode | null
   */
  statements;

  /**
   * @type ElseNode | null
   */
  elseClause;

  /**
   * @type Location | null
   */
  endKeywordLoc;

  /**
   * Construct a new UnlessNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} keywordLoc
   * @param {Node} predicate
   * @param {Location | null} thenKeywordLoc
   * @param {StatementsNode | null} statements
   * @param {ElseNode | null} elseClause
   * @param {Location | null} endKeywordLoc
   */
  constructor(nodeID, location, flags, keywordLoc, predicate, thenKeywordLoc, statements, elseClause, endKeywordLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.keywordLoc = keywordLoc;
    this.predicate = predicate;
    this.thenKeywordLoc = thenKeywordLoc;
    this.statements = statements;
    this.elseClause = elseClause;
    this.endKeywordLoc = endKeywordLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitUnlessNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.predicate, this.statements, this.elseClause]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    compact.push(this.predicate);

    if (this.statements) {
      compact.push(this.statements);
    }
    if (this.elseClause) {
      compact.push(this.elseClause);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "UnlessNode",
      location: this.location,
      flags: this.#flags,
      keywordLoc: this.keywordLoc,
      predicate: this.predicate,
      thenKeywordLoc: this.thenKeywordLoc,
      statements: this.statements,
      elseClause: this.elseClause,
      endKeywordLoc: this.endKeywordLoc,
    };
  }
}

/**
 * Represents the use of the `until` keyword, either in the block form or the modifier form.
 *
 *     bar until foo
 *     ^^^^^^^^^^^^^
 *
 *     until foo do bar end
 *     ^^^^^^^^^^^^^^^^^^^^
 */
class UntilNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  keywordLoc;

  /**
   * @type Location | null
   */
  doKeywordLoc;

  /**
   * @type Location | null
   */
  closingLoc;

  /**
   * @type Node
   */
  predicate;

  /**
   * @type StatementsNode | null
   */
  statements;

  /**
   * Construct a new UntilNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} keywordLoc
   * @param {Location | null} doKeywordLoc
   * @param {Location | null} closingLoc
   * @param {Node} predicate
   * @param {StatementsNode | null} statements
   */
  constructor(nodeID, location, flags, keywordLoc, doKeywordLoc, closingLoc, predicate, statements) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.keywordLoc = keywordLoc;
    this.doKeywordLoc = doKeywordLoc;
    this.closingLoc = closingLoc;
    this.predicate = predicate;
    this.statements = statements;
  }

  /**
   * True if this node has the BEGIN_MODIFIER flag.
   *
   * @returns {boolean}
   */
  isBeginModifier() {
    return (this.#flags & LoopFlags.BEGIN_MODIFIER) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitUntilNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.predicate, this.statements]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    compact.push(this.predicate);

    if (this.statements) {
      compact.push(this.statements);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "UntilNode",
      location: this.location,
      flags: this.#flags,
      keywordLoc: this.keywordLoc,
      doKeywordLoc: this.doKeywordLoc,
      closingLoc: this.closingLoc,
      predicate: this.predicate,
      statements: this.statements,
    };
  }
}

/**
 * Represents the use of the `when` keyword within a case statement.
 *
 *     case true
 *     when true
 *     ^^^^^^^^^
 *     end
 */
class WhenNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  keywordLoc;

  /**
   * @type Node[]
   */
  conditions;

  /**
   * @type Location | null
   */
  thenKeywordLoc;

  /**
   * @type StatementsNode | null
   */
  statements;

  /**
   * Construct a new WhenNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} keywordLoc
   * @param {Node[]} conditions
   * @param {Location | null} thenKeywordLoc
   * @param {StatementsNode | null} statements
   */
  constructor(nodeID, location, flags, keywordLoc, conditions, thenKeywordLoc, statements) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.keywordLoc = keywordLoc;
    this.conditions = conditions;
    this.thenKeywordLoc = thenKeywordLoc;
    this.statements = statements;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitWhenNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [...this.conditions, this.statements]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    compact.concat(this.conditions);
    if (this.statements) {
      compact.push(this.statements);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "WhenNode",
      location: this.location,
      flags: this.#flags,
      keywordLoc: this.keywordLoc,
      conditions: this.conditions,
      thenKeywordLoc: this.thenKeywordLoc,
      statements: this.statements,
    };
  }
}

/**
 * Represents the use of the `while` keyword, either in the block form or the modifier form.
 *
 *     bar while foo
 *     ^^^^^^^^^^^^^
 *
 *     while foo do bar end
 *     ^^^^^^^^^^^^^^^^^^^^
 */
class WhileNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  keywordLoc;

  /**
   * @type Location | null
   */
  doKeywordLoc;

  /**
   * @type Location | null
   */
  closingLoc;

  /**
   * @type Node
   */
  predicate;

  /**
   * @type StatementsNode | null
   */
  statements;

  /**
   * Construct a new WhileNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} keywordLoc
   * @param {Location | null} doKeywordLoc
   * @param {Location | null} closingLoc
   * @param {Node} predicate
   * @param {StatementsNode | null} statements
   */
  constructor(nodeID, location, flags, keywordLoc, doKeywordLoc, closingLoc, predicate, statements) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.keywordLoc = keywordLoc;
    this.doKeywordLoc = doKeywordLoc;
    this.closingLoc = closingLoc;
    this.predicate = predicate;
    this.statements = statements;
  }

  /**
   * True if this node has the BEGIN_MODIFIER flag.
   *
   * @returns {boolean}
   */
  isBeginModifier() {
    return (this.#flags & LoopFlags.BEGIN_MODIFIER) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitWhileNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.predicate, this.statements]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    compact.push(this.predicate);

    if (this.statements) {
      compact.push(this.statements);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "WhileNode",
      location: this.location,
      flags: this.#flags,
      keywordLoc: this.keywordLoc,
      doKeywordLoc: this.doKeywordLoc,
      closingLoc: this.closingLoc,
      predicate: this.predicate,
      statements: this.statements,
    };
  }
}

/**
 * Represents an xstring literal with no interpolation.
 *
 *     `foo`
 *     ^^^^^
 */
class XStringNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  openingLoc;

  /**
   * @type Location
   */
  contentLoc;

  /**
   * @type Location
   */
  closingLoc;

  /**
   * @type RubyString
   */
  unescaped;

  /**
   * Construct a new XStringNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} openingLoc
   * @param {Location} contentLoc
   * @param {Location} closingLoc
   * @param {RubyString} unescaped
   */
  constructor(nodeID, location, flags, openingLoc, contentLoc, closingLoc, unescaped) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.openingLoc = openingLoc;
    this.contentLoc = contentLoc;
    this.closingLoc = closingLoc;
    this.unescaped = unescaped;
  }

  /**
   * True if this node has the FORCED_UTF8_ENCODING flag.
   *
   * @returns {boolean}
   */
  isForcedUtf8Encoding() {
    return (this.#flags & EncodingFlags.FORCED_UTF8_ENCODING) !== 0;
  }

  /**
   * True if this node has the FORCED_BINARY_ENCODING flag.
   *
   * @returns {boolean}
   */
  isForcedBinaryEncoding() {
    return (this.#flags & EncodingFlags.FORCED_BINARY_ENCODING) !== 0;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitXStringNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return []
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    return [];
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "XStringNode",
      location: this.location,
      flags: this.#flags,
      openingLoc: this.openingLoc,
      contentLoc: this.contentLoc,
      closingLoc: this.closingLoc,
      unescaped: this.unescaped,
    };
  }
}

/**
 * Represents the use of the `yield` keyword.
 *
 *     yield 1
 *     ^^^^^^^
 */
class YieldNode {
  /**
   * @type number
   */
  nodeID;

  /**
   * @type {Location}
   */
  location;

  /**
   * @type number
   */
  #flags;

  /**
   * @type Location
   */
  keywordLoc;

  /**
   * @type Location | null
   */
  lparenLoc;

  /**
   * @type ArgumentsNode | null
   */
  arguments_;

  /**
   * @type Location | null
   */
  rparenLoc;

  /**
   * Construct a new YieldNode.
   *
   * @param {number} nodeID
   * @param {Location} location
   * @param {number} flags
   * @param {Location} keywordLoc
   * @param {Location | null} lparenLoc
   * @param {ArgumentsNode | null} arguments_
   * @param {Location | null} rparenLoc
   */
  constructor(nodeID, location, flags, keywordLoc, lparenLoc, arguments_, rparenLoc) {
    this.nodeID = nodeID;
    this.location = location;
    this.#flags = flags;
    this.keywordLoc = keywordLoc;
    this.lparenLoc = lparenLoc;
    this.arguments_ = arguments_;
    this.rparenLoc = rparenLoc;
  }

  /**
   * Accept a visitor for this node.
   *
   * @param {visitors.Visitor} visitor
   */
  accept(visitor) {
    visitor.visitYieldNode(this)
  }

  /**
   * Returns all child nodes of the current node.
   *
   * @returns {(Node | null)[]} An array of child nodes.
   */
  childNodes() {
    return [this.arguments_]
  }

  /**
   * Compact and return an array of child nodes.
   *
   * @returns {Node[]} An array of compacted child nodes.
   */
  compactChildNodes() {
    const compact = [];

    if (this.arguments_) {
      compact.push(this.arguments_);
    }

    return compact;
  }

  /**
   * Transforms the Node to a JavaScript object.
   *
   * @returns {Object}
   */
  toJSON() {
    return {
      type: "YieldNode",
      location: this.location,
      flags: this.#flags,
      keywordLoc: this.keywordLoc,
      lparenLoc: this.lparenLoc,
      arguments: this.arguments_,
      rparenLoc: this.rparenLoc,
    };
  }
}


/***/ })

};
