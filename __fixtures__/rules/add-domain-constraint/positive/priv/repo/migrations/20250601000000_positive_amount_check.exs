defmodule Shop.Repo.Migrations.PositiveAmountCheck do
  use Ecto.Migration

  def up do
    execute "ALTER DOMAIN positive_amount ADD CONSTRAINT positive_amount_check CHECK (VALUE > 0)" # mg:expect
  end

  def down do
  end
end
