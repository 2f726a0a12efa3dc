defmodule Shop.Repo.Migrations.PositiveAmountCheckSafe do
  use Ecto.Migration

  # ALTER DOMAIN positive_amount ADD CONSTRAINT positive_amount_check CHECK (VALUE > 0) is what we avoid
  def up do
    execute "ALTER DOMAIN positive_amount ADD CONSTRAINT positive_amount_check CHECK (VALUE > 0) NOT VALID"
    IO.puts("ALTER DOMAIN positive_amount ADD CONSTRAINT positive_amount_check CHECK (VALUE > 0)")
  end

  def down do
    execute "ALTER DOMAIN positive_amount ADD CONSTRAINT positive_amount_check CHECK (VALUE > 0)"
  end
end
